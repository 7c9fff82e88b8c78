-- The warehouse: bin locations, carriers, shipments with their parcels and the
-- DDT (documento di trasporto) they travel with. Portable SQL: the same file
-- runs on Apache Derby 10.17 (embedded and Network Server) and PostgreSQL 15+.

-- An order that has sent part of its goods is PARTIALLY_SHIPPED: longer than
-- the ten characters the status columns had. SET DATA TYPE is spelled the
-- same on Derby and PostgreSQL.
ALTER TABLE sales_order ALTER COLUMN status SET DATA TYPE VARCHAR(20);
ALTER TABLE sales_order ALTER COLUMN held_from SET DATA TYPE VARCHAR(20);
ALTER TABLE order_status_history ALTER COLUMN from_status SET DATA TYPE VARCHAR(20);
ALTER TABLE order_status_history ALTER COLUMN to_status SET DATA TYPE VARCHAR(20);
ALTER TABLE sales_order DROP CONSTRAINT ck_order_status;
ALTER TABLE sales_order ADD CONSTRAINT ck_order_status CHECK (status IN ('DRAFT', 'CONFIRMED', 'PICKING', 'PACKED',
  'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'ON_HOLD', 'CANCELLED'));

-- What of a line has left with shipments; it no longer counts as allocated.
ALTER TABLE sales_order_line ADD COLUMN shipped_qty DECIMAL(15,3) NOT NULL DEFAULT 0;
ALTER TABLE sales_order_line ADD CONSTRAINT ck_line_shipped
  CHECK (shipped_qty >= 0 AND allocated_qty + backordered_qty + shipped_qty <= quantity);

-- Where a product lies in a warehouse (aisle-rack-shelf, as the warehouse
-- writes it): pick lists are sorted by it, along the walk.
CREATE TABLE bin_location (
  id           BIGINT      NOT NULL PRIMARY KEY,
  product_id   BIGINT      NOT NULL,
  warehouse_id BIGINT      NOT NULL,
  bin          VARCHAR(20) NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uq_bin_location UNIQUE (product_id, warehouse_id),
  CONSTRAINT fk_bin_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_bin_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id)
);

-- Carriers as data: the DDT names the carrier with its address, the label
-- carries the tracking link made from the template ({0} = tracking number).
CREATE TABLE carrier (
  id           BIGINT       NOT NULL PRIMARY KEY,
  code         VARCHAR(10)  NOT NULL,
  name         VARCHAR(120) NOT NULL,
  address      VARCHAR(200),
  tracking_url VARCHAR(300),
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_carrier_code UNIQUE (code)
);

-- A shipment and its DDT: one row, never deleted. The DDT number is unique
-- per series and year, drawn from the numbering table in the transaction that
-- ships, so the series has no gaps; a cancelled DDT keeps its number.
CREATE TABLE shipment (
  id                BIGINT        NOT NULL PRIMARY KEY,
  order_id          BIGINT        NOT NULL,
  warehouse_id      BIGINT        NOT NULL,
  carrier_id        BIGINT,
  ddt_series        VARCHAR(10)   NOT NULL,
  ddt_year          INTEGER       NOT NULL,
  ddt_number        INTEGER       NOT NULL,
  issued_at         TIMESTAMP     NOT NULL,
  transport_start   TIMESTAMP     NOT NULL,
  transport_by      VARCHAR(10)   NOT NULL,
  reason            VARCHAR(20)   NOT NULL,
  freight           VARCHAR(10)   NOT NULL,
  appearance        VARCHAR(60)   NOT NULL,
  gross_weight_kg   DECIMAL(10,3) NOT NULL,
  recipient_name    VARCHAR(160)  NOT NULL,
  recipient_address VARCHAR(300)  NOT NULL,
  recipient_vat     VARCHAR(16),
  dest_name         VARCHAR(160)  NOT NULL,
  dest_street       VARCHAR(160)  NOT NULL,
  dest_postal_code  VARCHAR(10)   NOT NULL,
  dest_city         VARCHAR(80)   NOT NULL,
  dest_province     VARCHAR(2),
  dest_country      VARCHAR(2)    NOT NULL,
  shipped_by        VARCHAR(60)   NOT NULL,
  cancelled_at      TIMESTAMP,
  cancel_reason     VARCHAR(300),
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_shipment_ddt UNIQUE (ddt_series, ddt_year, ddt_number),
  CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_shipment_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT fk_shipment_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id),
  CONSTRAINT ck_shipment_by CHECK (transport_by IN ('SENDER', 'RECIPIENT', 'CARRIER')),
  CONSTRAINT ck_shipment_carrier CHECK (transport_by <> 'CARRIER' OR carrier_id IS NOT NULL),
  CONSTRAINT ck_shipment_reason CHECK (reason IN ('SALE', 'RETURN', 'APPROVAL', 'PROCESSING', 'GIFT')),
  CONSTRAINT ck_shipment_freight CHECK (freight IN ('PREPAID', 'COLLECT')),
  CONSTRAINT ck_shipment_weight CHECK (gross_weight_kg >= 0)
);
CREATE INDEX ix_shipment_order ON shipment (order_id);
CREATE INDEX ix_shipment_issued ON shipment (issued_at);

-- The parcels of a shipment: one label each.
CREATE TABLE parcel (
  id              BIGINT        NOT NULL PRIMARY KEY,
  shipment_id     BIGINT        NOT NULL,
  parcel_no       INTEGER       NOT NULL,
  weight_kg       DECIMAL(10,3) NOT NULL,
  length_cm       INTEGER,
  width_cm        INTEGER,
  height_cm       INTEGER,
  tracking_number VARCHAR(40),
  CONSTRAINT fk_parcel_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  CONSTRAINT uq_parcel_no UNIQUE (shipment_id, parcel_no),
  CONSTRAINT ck_parcel_weight CHECK (weight_kg > 0 AND weight_kg <= 1000),
  CONSTRAINT ck_parcel_size CHECK ((length_cm IS NULL OR length_cm > 0) AND (width_cm IS NULL OR width_cm > 0)
    AND (height_cm IS NULL OR height_cm > 0))
);

-- The goods of a shipment, as printed on the DDT, with the parcel each went into.
CREATE TABLE shipment_line (
  id            BIGINT        NOT NULL PRIMARY KEY,
  shipment_id   BIGINT        NOT NULL,
  line_no       INTEGER       NOT NULL,
  order_line_no INTEGER       NOT NULL,
  parcel_no     INTEGER       NOT NULL,
  product_id    BIGINT        NOT NULL,
  sku           VARCHAR(40)   NOT NULL,
  description   VARCHAR(200)  NOT NULL,
  unit          VARCHAR(3)    NOT NULL,
  quantity      DECIMAL(15,3) NOT NULL,
  CONSTRAINT fk_shipline_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  CONSTRAINT fk_shipline_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT uq_shipline_no UNIQUE (shipment_id, line_no),
  CONSTRAINT ck_shipline_qty CHECK (quantity > 0)
);
