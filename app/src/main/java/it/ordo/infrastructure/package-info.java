/** The machinery: Hibernate and JDBC on Derby or PostgreSQL, files, documents. */
package it.ordo.infrastructure;
