/**
 * Customer e-mails: the outbox they wait in (written in the transaction of
 * the event, sent after it), their kinds and states, the company's mail
 * server settings, and the rule that tells a slipped promise date.
 */
package it.ordo.domain.notification;
