-- Returns, finished: quarantine is a stock bucket of its own (never sellable), scrap a write-off ledger row
-- with its value, and a return is settled by a replacement order or a repair as well as by a credit note.
-- Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+.

-- Goods held back for inspection: counted apart from on hand, so never available to orders.
ALTER TABLE stock ADD COLUMN quarantined DECIMAL(15,3) NOT NULL DEFAULT 0;
ALTER TABLE stock ADD CONSTRAINT ck_stock_quarantined CHECK (quarantined >= 0);

-- The ledger says it too: a QUARANTINE row moves the bucket; a WRITE_OFF row records goods scrapped,
-- how many and what they were worth at cost, and moves no counter.
ALTER TABLE stock_movement ADD COLUMN quarantined_delta DECIMAL(15,3) NOT NULL DEFAULT 0;
ALTER TABLE stock_movement ADD COLUMN written_off DECIMAL(15,3) NOT NULL DEFAULT 0;
ALTER TABLE stock_movement ADD COLUMN written_off_value DECIMAL(15,2) NOT NULL DEFAULT 0;
ALTER TABLE stock_movement DROP CONSTRAINT ck_move_kind;
ALTER TABLE stock_movement ADD CONSTRAINT ck_move_kind CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'ALLOCATE', 'RELEASE',
  'SHIP', 'QUARANTINE', 'WRITE_OFF'));
ALTER TABLE stock_movement DROP CONSTRAINT ck_move_nonzero;
ALTER TABLE stock_movement ADD CONSTRAINT ck_move_nonzero CHECK (on_hand_delta <> 0 OR allocated_delta <> 0
  OR quarantined_delta <> 0 OR written_off <> 0);

-- Returns received into quarantine before this version changed no stock: their goods enter the bucket now,
-- with the ledger rows they would have had. The id is the return line's, negated: ids from the sequence are
-- positive, so it can clash with none, and it needs no dialect's sequence syntax.
INSERT INTO stock_movement (id, product_id, warehouse_id, kind, on_hand_delta, allocated_delta, reference, username,
                            created_at, quarantined_delta)
SELECT -rl.id, rl.product_id, o.warehouse_id, 'QUARANTINE', 0, 0, r.rma_number, r.received_by, r.received_at,
       rl.quantity
FROM return_line rl
JOIN return_order r ON r.id = rl.return_id
JOIN sales_order o ON o.id = r.order_id
WHERE rl.outcome = 'QUARANTINE';
UPDATE stock SET quarantined = (SELECT COALESCE(SUM(m.quarantined_delta), 0) FROM stock_movement m
                                WHERE m.product_id = stock.product_id AND m.warehouse_id = stock.warehouse_id)
WHERE EXISTS (SELECT 1 FROM stock_movement m WHERE m.kind = 'QUARANTINE' AND m.product_id = stock.product_id
              AND m.warehouse_id = stock.warehouse_id);

-- A replacement: the new order placed for the goods sent back (its customer reference names the RMA).
-- A repair or a replacement closes the return, by whom and when.
ALTER TABLE return_order ADD COLUMN replacement_order_number VARCHAR(20);
ALTER TABLE return_order ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE return_order ADD COLUMN closed_by VARCHAR(60);
