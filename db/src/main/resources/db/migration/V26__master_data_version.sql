-- The version of the master data the order pipeline keeps in memory: customers with their delivery addresses,
-- products and warehouses. Every transaction that inserts, updates or deletes one of them adds one to it just
-- before it commits (a Hibernate listener does it for every change made through the entities; the history
-- import, which inserts with plain SQL, does it itself). Each process checks it once per order and drops what
-- it keeps when it has moved, so a customer blocked on one workstation is blocked for the next order on every one.
-- A second row of pricing_version rather than a table of its own: one statement reads both versions.
-- Portable SQL: the same file runs on Apache Derby 10.17 (embedded and Network Server) and on PostgreSQL 15+.
INSERT INTO pricing_version (id, version) VALUES (2, 0);
