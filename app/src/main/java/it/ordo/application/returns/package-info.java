/** Use cases of returns (RMA): authorise against a shipped order's lines, receive back, list and show. */
package it.ordo.application.returns;
