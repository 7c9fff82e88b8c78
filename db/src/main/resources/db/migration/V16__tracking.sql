-- Carrier tracking kept on the shipment: every event of a carrier's tracking
-- file (and every sensor reading of a parcel) is a row, and the shipment keeps
-- its latest state, when it was delivered and an open exception for customer
-- service. Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+.

ALTER TABLE shipment ADD COLUMN tracking_status VARCHAR(20);
ALTER TABLE shipment ADD COLUMN tracking_at TIMESTAMP;
ALTER TABLE shipment ADD COLUMN delivered_at TIMESTAMP;
ALTER TABLE shipment ADD COLUMN exception_at TIMESTAMP;
ALTER TABLE shipment ADD COLUMN exception_text VARCHAR(300);
ALTER TABLE shipment ADD CONSTRAINT ck_shipment_tracking CHECK (tracking_status IS NULL OR tracking_status IN
  ('IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER'));

-- One event of a parcel as the carrier reported it: the carrier's own code
-- beside the Ordo state it maps to, or a sensor reading (temperature in °C,
-- shock in g) with no state. Events are never changed; a repeated one is not stored twice.
CREATE TABLE tracking_event (
  id              BIGINT        NOT NULL PRIMARY KEY,
  shipment_id     BIGINT        NOT NULL,
  parcel_no       INTEGER       NOT NULL,
  tracking_number VARCHAR(40)   NOT NULL,
  occurred_at     TIMESTAMP     NOT NULL,
  carrier_status  VARCHAR(30),
  status          VARCHAR(20),
  place           VARCHAR(120),
  description     VARCHAR(300),
  sensor          VARCHAR(12),
  sensor_value    DECIMAL(10,3),
  imported_at     TIMESTAMP     NOT NULL,
  imported_by     VARCHAR(60)   NOT NULL,
  CONSTRAINT fk_tracking_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  CONSTRAINT ck_tracking_status CHECK (status IS NULL OR status IN
    ('IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER')),
  CONSTRAINT ck_tracking_sensor CHECK (sensor IS NULL OR sensor IN ('TEMPERATURE', 'SHOCK')),
  CONSTRAINT ck_tracking_kind CHECK (status IS NOT NULL OR sensor IS NOT NULL)
);
CREATE INDEX ix_tracking_shipment ON tracking_event (shipment_id, occurred_at);
CREATE INDEX ix_parcel_tracking ON parcel (tracking_number);
