/**
 * The audit trail as the business reads it: who changed which record, when,
 * from which workstation, and each field's old and new value. Entries are
 * written by the persistence layer in the same transaction as the change;
 * here they are only read.
 */
package it.ordo.domain.audit;
