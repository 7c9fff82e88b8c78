-- The audit trail: who changed which record, when, from which workstation, and
-- every changed field's old and new value. Rows are written by the application
-- in the same transaction as the change itself, so a change that is rolled back
-- leaves no row and a committed change always has one. Never updated, never
-- deleted. Portable SQL: the same file runs on Apache Derby 10.17 (embedded and
-- Network Server) and on PostgreSQL 15+.
--
-- Ids come from ordo_id_seq in blocks of 50, like every other table.

CREATE TABLE audit_log (
  id          BIGINT        NOT NULL PRIMARY KEY,
  -- The kind of record: SalesOrder, OrderLine, Stock, Customer, Product, ...
  entity      VARCHAR(40)   NOT NULL,
  entity_id   BIGINT        NOT NULL,
  -- The key people know it by: the order number (also for its lines), the SKU,
  -- the customer code (also for its addresses), SKU@WAREHOUSE for stock,
  -- SKU@LIST for a price, the username for a user.
  entity_key  VARCHAR(60),
  action      VARCHAR(10)   NOT NULL,
  username    VARCHAR(60)   NOT NULL,
  workstation VARCHAR(80),
  changed_at  TIMESTAMP     NOT NULL,
  -- JSON object {"field": [old, new], ...}: only the fields that changed on an
  -- update, every field set on an insert, every field held on a delete.
  changes     VARCHAR(8000) NOT NULL,
  CONSTRAINT ck_audit_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_audit_key ON audit_log (entity_key);
