/** Password hashing with the JDK's own cryptography. */
package it.ordo.infrastructure.security;
