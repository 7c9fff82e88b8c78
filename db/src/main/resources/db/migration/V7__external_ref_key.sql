-- An external reference means the same in any case: "dup-1" and "DUP-1" from
-- one channel are one order. The key (the reference trimmed and in capitals,
-- it.ordo.domain.Normalization.key) carries the uniqueness the reference itself
-- carried, so two workstations importing the same order in different
-- capitals cannot both succeed. Portable SQL: the same file runs on Apache
-- Derby 10.17 (embedded and Network Server) and on PostgreSQL 15+.
ALTER TABLE sales_order ADD COLUMN external_ref_key VARCHAR(60);
UPDATE sales_order SET external_ref_key = UPPER(external_ref) WHERE external_ref IS NOT NULL;
ALTER TABLE sales_order DROP CONSTRAINT uq_order_external;
ALTER TABLE sales_order ADD CONSTRAINT uq_order_external_key UNIQUE (channel, external_ref_key);
