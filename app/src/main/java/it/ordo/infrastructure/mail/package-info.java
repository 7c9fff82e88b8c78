/** Outgoing customer e-mail over SMTP (Jakarta Mail, Eclipse Angus). */
package it.ordo.infrastructure.mail;
