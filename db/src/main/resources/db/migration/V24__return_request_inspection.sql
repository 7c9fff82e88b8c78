-- Returns, requested first: authorised or refused with a reason; received (the parcel scanned) apart from
-- inspected (every line given its outcome). Returns of older versions were authorised when they were created
-- and inspected when they were received.
ALTER TABLE return_order ADD COLUMN authorised_at TIMESTAMP;
ALTER TABLE return_order ADD COLUMN authorised_by VARCHAR(60);
ALTER TABLE return_order ADD COLUMN refused_at TIMESTAMP;
ALTER TABLE return_order ADD COLUMN refused_by VARCHAR(60);
ALTER TABLE return_order ADD COLUMN refusal_reason VARCHAR(500);
ALTER TABLE return_order ADD COLUMN inspected_at TIMESTAMP;
ALTER TABLE return_order ADD COLUMN inspected_by VARCHAR(60);
UPDATE return_order SET authorised_at = created_at, authorised_by = created_by;
UPDATE return_order SET status = 'INSPECTED', inspected_at = received_at, inspected_by = received_by
  WHERE status = 'RECEIVED';
UPDATE return_order SET inspected_at = received_at, inspected_by = received_by
  WHERE status IN ('CREDITED', 'REPLACED', 'REPAIRED');
-- The return rate and the list of returns behind it count returns by the day they were authorised.
CREATE INDEX ix_return_authorised ON return_order (authorised_at);
