-- The desktop's order list pages and sorts 100,000 orders in the database.
-- The default view (newest first) and the date-range filter read the orders by
-- when they were taken; sorting by requested date or total, and filtering by
-- channel, get an index each so a page is found without sorting the table.
-- Portable SQL: Derby 10.17 and PostgreSQL 15+.
CREATE INDEX ix_order_created ON sales_order (created_at, id);
CREATE INDEX ix_order_requested ON sales_order (requested_date, id);
CREATE INDEX ix_order_gross ON sales_order (gross_total, id);
CREATE INDEX ix_order_channel ON sales_order (channel);
