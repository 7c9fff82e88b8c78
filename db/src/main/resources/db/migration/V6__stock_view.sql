-- The stock screen: a reorder point per product, and the indexes its filters
-- use on a catalogue of 100,000 stock rows. Portable SQL: the same file runs on
-- Apache Derby 10.17 (embedded and Network Server) and on PostgreSQL 15+.

-- Below this available quantity (in any warehouse) the product should be
-- reordered. Zero, the default, means "no reorder point set": nothing is ever
-- below it, so existing catalogues show no false alarms after the upgrade.
ALTER TABLE product ADD COLUMN reorder_point DECIMAL(15,3) NOT NULL DEFAULT 0;
ALTER TABLE product ADD CONSTRAINT ck_product_reorder CHECK (reorder_point >= 0);

-- The category filter of the stock screen.
CREATE INDEX ix_product_category ON product (category);
-- Stock rows of one warehouse (the warehouse filter) without scanning every product.
CREATE INDEX ix_stock_warehouse ON stock (warehouse_id, product_id);
