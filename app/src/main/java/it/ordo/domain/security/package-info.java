/** Users, their roles and the rules of signing in. */
package it.ordo.domain.security;
