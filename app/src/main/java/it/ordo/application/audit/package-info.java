/** Reading the audit trail: an order's whole story, step by step, with who did what from where. */
package it.ordo.application.audit;
