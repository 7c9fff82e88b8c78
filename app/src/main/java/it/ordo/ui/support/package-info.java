/** Customer care's screens: the ticket queue and a ticket's thread, returns and credit notes, the mail outbox, delays. */
package it.ordo.ui.support;
