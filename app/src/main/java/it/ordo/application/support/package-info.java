/** Use cases of customer-service tickets: open, find, write to the thread, move through the workflow, attach. */
package it.ordo.application.support;
