/** Use cases of customer e-mails: sending what waits in the outbox, looking at it, retrying, the mail server settings. */
package it.ordo.application.notification;
