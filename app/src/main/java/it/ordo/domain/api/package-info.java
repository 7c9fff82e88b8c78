/** The public API's clients: their hashed keys, channels, rights and rate limits. */
package it.ordo.domain.api;
