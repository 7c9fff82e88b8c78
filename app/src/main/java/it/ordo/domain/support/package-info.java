/**
 * Customer-service tickets: a customer's question or complaint, what it is
 * about (orders, order lines and so products), its thread of notes and
 * messages, its attachments, and the service level it is due by.
 */
package it.ordo.domain.support;
