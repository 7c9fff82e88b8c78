-- Minimum order quantity and pack multiple per product, net-price promotions
-- and promotions for some channels only.
-- Portable SQL: the same file runs on Apache Derby 10.17 (embedded and
-- Network Server) and on PostgreSQL 15+.

-- Sold from this quantity on and in whole packs of this many (both empty: any
-- quantity its unit allows). Checked on every quote and every placement.
ALTER TABLE product ADD COLUMN min_order_qty DECIMAL(15,3);
ALTER TABLE product ADD COLUMN pack_multiple DECIMAL(15,3);
ALTER TABLE product ADD CONSTRAINT ck_product_min_order CHECK (min_order_qty IS NULL OR min_order_qty > 0);
ALTER TABLE product ADD CONSTRAINT ck_product_pack CHECK (pack_multiple IS NULL OR pack_multiple > 0);

-- A promotion either takes a percentage off the list price or sets a net unit
-- price; and it holds on every channel (channels empty) or only on the listed
-- ones (channel names separated by commas, e.g. 'WEB,B2B_PORTAL').
-- A net-price promotion stores percent 0 (the column stays NOT NULL: neither
-- database drops a NOT NULL in the other's syntax).
ALTER TABLE discount_rule ADD COLUMN net_price DECIMAL(15,4);
ALTER TABLE discount_rule DROP CONSTRAINT ck_discount_percent;
ALTER TABLE discount_rule ADD CONSTRAINT ck_discount_percent CHECK (
  (net_price IS NULL AND percent > 0 AND percent < 100)
  OR (net_price IS NOT NULL AND net_price > 0 AND percent = 0 AND kind = 'PROMOTION'));
ALTER TABLE discount_rule ADD COLUMN channels VARCHAR(120);
