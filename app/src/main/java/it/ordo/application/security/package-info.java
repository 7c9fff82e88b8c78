/**
 * Who may do what: the permission table, the guard every use case calls
 * first, signing in, and the administration of users.
 */
package it.ordo.application.security;
