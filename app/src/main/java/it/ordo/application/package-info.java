/**
 * Use cases: one public method per thing a user does, each one transaction.
 * Results leave as plain records, never as live entities.
 */
package it.ordo.application;
