/**
 * The Ordo server's wire: the application services of {@link it.ordo.application.Services} served over
 * HTTPS and JSON ({@code /api/v1/<service>/<method>}) by {@link it.ordo.infrastructure.remote.OrdoServer}, and
 * reached from a workstation through {@link it.ordo.infrastructure.remote.RemoteServices}. One generic mechanism
 * for every service interface: a new service is served as soon as {@code Services} has an accessor for it.
 */
package it.ordo.infrastructure.remote;
