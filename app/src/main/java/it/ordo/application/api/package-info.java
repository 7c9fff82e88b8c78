/**
 * The public API's clients: their keys (given, listed, revoked by the
 * administrator) and the check of a key at each request, which tells who the
 * client works as.
 */
package it.ordo.application.api;
