-- Issue 14, the history import finished. Portable SQL: the same file runs on Apache Derby 10.17 (embedded and
-- Network Server) and on PostgreSQL 15+.
--
-- A past order's shipment as the old system's file gives it: when the goods left and when they arrived. A past
-- order has no DDT (its numbers are a legal series Ordo keeps for the goods it ships itself), so the fulfilment
-- figures read these dates in place of a shipment row.
ALTER TABLE history_order ADD COLUMN shipped_at TIMESTAMP;
ALTER TABLE history_order ADD COLUMN delivered_at TIMESTAMP;
CREATE INDEX ix_history_order_shipped ON history_order (shipped_at);

-- Every sales figure reads the orders confirmed in a period: without this index a year's report over a big
-- history scanned the whole order table for each of its lines.
CREATE INDEX ix_order_confirmed ON sales_order (confirmed_at);
-- On-time-in-full reads the orders promised in a period.
CREATE INDEX ix_order_promised ON sales_order (promised_date);
