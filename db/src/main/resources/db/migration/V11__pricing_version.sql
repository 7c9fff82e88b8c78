-- The version of the commercial conditions (price lists, their items and
-- breaks, discount rules, promotions). Every process keeps the conditions in
-- memory and reads this one row at the start of each use case that prices;
-- every transaction that changes a condition adds one to it just before it
-- commits, so a change takes effect for the next quote on every workstation
-- without each quote reading the lists and rules again.
-- Portable SQL: the same file runs on Apache Derby 10.17 (embedded and
-- Network Server) and on PostgreSQL 15+.
CREATE TABLE pricing_version (
  id      INTEGER NOT NULL PRIMARY KEY,
  version BIGINT  NOT NULL
);
INSERT INTO pricing_version (id, version) VALUES (1, 0);

-- A price list may belong to one customer (its negotiated prices for a period), besides being pointed at by
-- customer.price_list_id: a customer's next list can then be loaded before it starts and checked in advance.
ALTER TABLE price_list ADD COLUMN customer_id BIGINT;
ALTER TABLE price_list ADD CONSTRAINT fk_price_list_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
