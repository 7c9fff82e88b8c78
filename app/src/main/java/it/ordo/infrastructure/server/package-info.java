/**
 * Sharing one database among workstations: Apache Derby's Network Server over
 * a data folder, with the database account checked by Derby (NATIVE
 * authentication) before any Ordo user signs in.
 */
package it.ordo.infrastructure.server;
