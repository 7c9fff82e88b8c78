-- Credit notes for returns credited to the customer, and the company's return window.
-- A credit note is drawn from the gap-free numbering table (series NC) when a received return is credited;
-- it is kept on the return it settles, so the return, its lines and the credit note are one record.
ALTER TABLE return_order ADD COLUMN credit_note_number VARCHAR(20);
ALTER TABLE return_order ADD COLUMN credited_at TIMESTAMP;
ALTER TABLE return_order ADD COLUMN credited_by VARCHAR(60);
-- A return authorised after the window closed: the manager who let it through and why.
ALTER TABLE return_order ADD COLUMN window_override_reason VARCHAR(500);
ALTER TABLE return_order ADD COLUMN window_override_by VARCHAR(60);
ALTER TABLE return_order ADD CONSTRAINT uq_credit_note_number UNIQUE (credit_note_number);
CREATE INDEX ix_return_credited ON return_order (credited_at);

-- One row: how many days after delivery (or shipment, until delivery is recorded) goods may come back.
CREATE TABLE return_settings (
  id           INTEGER  NOT NULL PRIMARY KEY,
  window_days  INTEGER  NOT NULL,
  CONSTRAINT ck_return_window CHECK (window_days > 0)
);
INSERT INTO return_settings (id, window_days) VALUES (1, 30);
