-- Ordo order core. Portable SQL: the same file runs on Apache Derby 10.17
-- (embedded and Network Server) and on PostgreSQL 15+. The schema defends the
-- data by itself, so a bug or a hand-written UPDATE cannot oversell stock or
-- duplicate an order.

-- One pooled sequence for every surrogate key: Hibernate fetches 50 ids at a
-- time, which keeps JDBC insert batching on (identity columns would turn it off).
CREATE SEQUENCE ordo_id_seq AS BIGINT START WITH 1000 INCREMENT BY 50;

CREATE TABLE warehouse (
  id            BIGINT       NOT NULL PRIMARY KEY,
  code          VARCHAR(20)  NOT NULL,
  name          VARCHAR(120) NOT NULL,
  city          VARCHAR(80),
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_warehouse_code UNIQUE (code)
);

CREATE TABLE price_list (
  id             BIGINT       NOT NULL PRIMARY KEY,
  code           VARCHAR(30)  NOT NULL,
  name           VARCHAR(120) NOT NULL,
  base_list      BOOLEAN      NOT NULL DEFAULT FALSE,
  customer_group VARCHAR(30),
  valid_from     DATE,
  valid_to       DATE,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_price_list_code UNIQUE (code)
);

CREATE TABLE customer (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  code                 VARCHAR(20)   NOT NULL,
  name                 VARCHAR(160)  NOT NULL,
  vat_number           VARCHAR(11),
  fiscal_code          VARCHAR(16),
  email                VARCHAR(160),
  phone                VARCHAR(40),
  language             VARCHAR(2)    NOT NULL DEFAULT 'it',
  tier                 CHAR(1)       NOT NULL DEFAULT 'B',
  credit_limit         DECIMAL(15,2) NOT NULL DEFAULT 0,
  payment_terms        VARCHAR(80)   NOT NULL,
  price_list_id        BIGINT,
  customer_group       VARCHAR(30),
  default_channel      VARCHAR(12)   NOT NULL DEFAULT 'PHONE',
  sales_agent          VARCHAR(80),
  accepts_backorders   BOOLEAN       NOT NULL DEFAULT TRUE,
  blocked              BOOLEAN       NOT NULL DEFAULT FALSE,
  default_warehouse_id BIGINT        NOT NULL,
  bill_street          VARCHAR(160)  NOT NULL,
  bill_postal_code     VARCHAR(10)   NOT NULL,
  bill_city            VARCHAR(80)   NOT NULL,
  bill_province        VARCHAR(2),
  bill_country         VARCHAR(2)    NOT NULL DEFAULT 'IT',
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_customer_code UNIQUE (code),
  CONSTRAINT ck_customer_tier CHECK (tier IN ('A', 'B', 'C')),
  CONSTRAINT ck_customer_credit CHECK (credit_limit >= 0),
  CONSTRAINT ck_customer_channel CHECK (default_channel IN ('WEB', 'APP', 'AGENT', 'B2B_PORTAL', 'PHONE', 'EMAIL')),
  CONSTRAINT ck_customer_language CHECK (language IN ('it', 'en')),
  CONSTRAINT ck_customer_identity CHECK (vat_number IS NOT NULL OR fiscal_code IS NOT NULL),
  CONSTRAINT fk_customer_price_list FOREIGN KEY (price_list_id) REFERENCES price_list (id),
  CONSTRAINT fk_customer_warehouse FOREIGN KEY (default_warehouse_id) REFERENCES warehouse (id)
);

CREATE TABLE customer_address (
  id           BIGINT       NOT NULL PRIMARY KEY,
  customer_id  BIGINT       NOT NULL,
  position     INTEGER      NOT NULL,
  label        VARCHAR(80)  NOT NULL,
  street       VARCHAR(160) NOT NULL,
  postal_code  VARCHAR(10)  NOT NULL,
  city         VARCHAR(80)  NOT NULL,
  province     VARCHAR(2),
  country      VARCHAR(2)   NOT NULL DEFAULT 'IT',
  CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT uq_address_position UNIQUE (customer_id, position)
);

CREATE TABLE product (
  id          BIGINT        NOT NULL PRIMARY KEY,
  sku         VARCHAR(40)   NOT NULL,
  ean         VARCHAR(13),
  description VARCHAR(200)  NOT NULL,
  category    VARCHAR(60)   NOT NULL,
  unit        VARCHAR(3)    NOT NULL,
  vat_rate    DECIMAL(4,2)  NOT NULL,
  unit_cost   DECIMAL(15,4) NOT NULL,
  weight_kg   DECIMAL(10,3) NOT NULL DEFAULT 0,
  active      BOOLEAN       NOT NULL DEFAULT TRUE,
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_product_sku UNIQUE (sku),
  CONSTRAINT uq_product_ean UNIQUE (ean),
  CONSTRAINT ck_product_unit CHECK (unit IN ('PCS', 'KG', 'M', 'L')),
  CONSTRAINT ck_product_vat CHECK (vat_rate IN (22, 10, 5, 4, 0)),
  CONSTRAINT ck_product_cost CHECK (unit_cost >= 0),
  CONSTRAINT ck_product_weight CHECK (weight_kg >= 0)
);

CREATE TABLE price_list_item (
  id            BIGINT        NOT NULL PRIMARY KEY,
  price_list_id BIGINT        NOT NULL,
  product_id    BIGINT        NOT NULL,
  min_qty       DECIMAL(15,3) NOT NULL DEFAULT 1,
  unit_price    DECIMAL(15,4) NOT NULL,
  valid_from    DATE,
  valid_to      DATE,
  CONSTRAINT fk_pli_list FOREIGN KEY (price_list_id) REFERENCES price_list (id),
  CONSTRAINT fk_pli_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_pli_qty CHECK (min_qty > 0),
  CONSTRAINT ck_pli_price CHECK (unit_price >= 0)
);
CREATE INDEX ix_pli_product ON price_list_item (product_id, price_list_id);

CREATE TABLE discount_rule (
  id              BIGINT        NOT NULL PRIMARY KEY,
  code            VARCHAR(30)   NOT NULL,
  description     VARCHAR(160)  NOT NULL,
  kind            VARCHAR(12)   NOT NULL,
  tier            CHAR(1),
  category        VARCHAR(60),
  product_id      BIGINT,
  min_order_value DECIMAL(15,2),
  percent         DECIMAL(5,2)  NOT NULL,
  valid_from      DATE,
  valid_to        DATE,
  active          BOOLEAN       NOT NULL DEFAULT TRUE,
  CONSTRAINT uq_discount_code UNIQUE (code),
  CONSTRAINT ck_discount_kind CHECK (kind IN ('TIER', 'CATEGORY', 'ORDER_VALUE', 'PROMOTION')),
  CONSTRAINT ck_discount_percent CHECK (percent > 0 AND percent < 100),
  CONSTRAINT fk_discount_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE stock (
  id           BIGINT        NOT NULL PRIMARY KEY,
  product_id   BIGINT        NOT NULL,
  warehouse_id BIGINT        NOT NULL,
  on_hand      DECIMAL(15,3) NOT NULL DEFAULT 0,
  allocated    DECIMAL(15,3) NOT NULL DEFAULT 0,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_stock UNIQUE (product_id, warehouse_id),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT ck_stock_on_hand CHECK (on_hand >= 0),
  CONSTRAINT ck_stock_allocated CHECK (allocated >= 0 AND allocated <= on_hand)
);

-- The ledger: every change of on hand or allocated, written in the same
-- transaction as the counter. Summing it must give the counters back.
CREATE TABLE stock_movement (
  id              BIGINT        NOT NULL PRIMARY KEY,
  product_id      BIGINT        NOT NULL,
  warehouse_id    BIGINT        NOT NULL,
  kind            VARCHAR(12)   NOT NULL,
  on_hand_delta   DECIMAL(15,3) NOT NULL,
  allocated_delta DECIMAL(15,3) NOT NULL,
  reference       VARCHAR(60),
  username        VARCHAR(60)   NOT NULL,
  created_at      TIMESTAMP     NOT NULL,
  CONSTRAINT fk_move_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_move_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT ck_move_kind CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'ALLOCATE', 'RELEASE', 'SHIP')),
  CONSTRAINT ck_move_nonzero CHECK (on_hand_delta <> 0 OR allocated_delta <> 0)
);
CREATE INDEX ix_move_stock ON stock_movement (product_id, warehouse_id);

-- Incoming supply: lines of supplier purchase orders still to arrive.
CREATE TABLE supply_line (
  id            BIGINT        NOT NULL PRIMARY KEY,
  po_number     VARCHAR(30)   NOT NULL,
  product_id    BIGINT        NOT NULL,
  warehouse_id  BIGINT        NOT NULL,
  quantity      DECIMAL(15,3) NOT NULL,
  received_qty  DECIMAL(15,3) NOT NULL DEFAULT 0,
  expected_date DATE          NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_supply_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_supply_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT ck_supply_qty CHECK (quantity > 0),
  CONSTRAINT ck_supply_received CHECK (received_qty >= 0 AND received_qty <= quantity)
);
CREATE INDEX ix_supply_stock ON supply_line (product_id, warehouse_id);

-- Gap-free numbers per series and year, taken under a row lock in the
-- transaction that uses them (never from a cached sequence).
CREATE TABLE numbering (
  series     VARCHAR(10) NOT NULL,
  num_year   INTEGER     NOT NULL,
  last_value BIGINT      NOT NULL,
  CONSTRAINT pk_numbering PRIMARY KEY (series, num_year),
  CONSTRAINT ck_numbering_value CHECK (last_value >= 0)
);

CREATE TABLE sales_order (
  id               BIGINT        NOT NULL PRIMARY KEY,
  order_number     VARCHAR(20)   NOT NULL,
  channel          VARCHAR(12)   NOT NULL,
  external_ref     VARCHAR(60),
  customer_id      BIGINT        NOT NULL,
  warehouse_id     BIGINT        NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  held_from        VARCHAR(10),
  hold_reason      VARCHAR(300),
  priority         VARCHAR(6)    NOT NULL,
  requested_date   DATE,
  promised_date    DATE,
  notes            VARCHAR(2000),
  ship_name        VARCHAR(160)  NOT NULL,
  ship_street      VARCHAR(160)  NOT NULL,
  ship_postal_code VARCHAR(10)   NOT NULL,
  ship_city        VARCHAR(80)   NOT NULL,
  ship_province    VARCHAR(2),
  ship_country     VARCHAR(2)    NOT NULL,
  payment_terms    VARCHAR(80)   NOT NULL,
  net_total        DECIMAL(15,2) NOT NULL DEFAULT 0,
  vat_total        DECIMAL(15,2) NOT NULL DEFAULT 0,
  gross_total      DECIMAL(15,2) NOT NULL DEFAULT 0,
  created_at       TIMESTAMP     NOT NULL,
  created_by       VARCHAR(60)   NOT NULL,
  confirmed_at     TIMESTAMP,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_order_number UNIQUE (order_number),
  CONSTRAINT uq_order_external UNIQUE (channel, external_ref),
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_order_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT ck_order_channel CHECK (channel IN ('WEB', 'APP', 'AGENT', 'B2B_PORTAL', 'PHONE', 'EMAIL')),
  CONSTRAINT ck_order_status CHECK (status IN ('DRAFT', 'CONFIRMED', 'PICKING', 'PACKED', 'SHIPPED', 'DELIVERED', 'ON_HOLD', 'CANCELLED')),
  CONSTRAINT ck_order_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  CONSTRAINT ck_order_totals CHECK (net_total >= 0 AND vat_total >= 0 AND gross_total = net_total + vat_total)
);
-- Covers the credit check (open exposure per customer) without touching the table.
CREATE INDEX ix_order_customer ON sales_order (customer_id, status, gross_total);
CREATE INDEX ix_order_status ON sales_order (status);

CREATE TABLE sales_order_line (
  id              BIGINT        NOT NULL PRIMARY KEY,
  order_id        BIGINT        NOT NULL,
  line_no         INTEGER       NOT NULL,
  product_id      BIGINT        NOT NULL,
  quantity        DECIMAL(15,3) NOT NULL,
  unit_price      DECIMAL(15,4) NOT NULL,
  discount_pct    DECIMAL(5,2)  NOT NULL DEFAULT 0,
  vat_rate        DECIMAL(4,2)  NOT NULL,
  net_amount      DECIMAL(15,2) NOT NULL,
  vat_amount      DECIMAL(15,2) NOT NULL,
  gross_amount    DECIMAL(15,2) NOT NULL,
  allocated_qty   DECIMAL(15,3) NOT NULL DEFAULT 0,
  backordered_qty DECIMAL(15,3) NOT NULL DEFAULT 0,
  promised_date   DATE,
  price_note      VARCHAR(300),
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT uq_line_no UNIQUE (order_id, line_no),
  CONSTRAINT ck_line_qty CHECK (quantity > 0),
  CONSTRAINT ck_line_price CHECK (unit_price >= 0),
  CONSTRAINT ck_line_discount CHECK (discount_pct >= 0 AND discount_pct < 100),
  CONSTRAINT ck_line_vat CHECK (vat_rate IN (22, 10, 5, 4, 0)),
  CONSTRAINT ck_line_alloc CHECK (allocated_qty >= 0 AND backordered_qty >= 0 AND allocated_qty + backordered_qty <= quantity),
  CONSTRAINT ck_line_amounts CHECK (gross_amount = net_amount + vat_amount)
);
CREATE INDEX ix_line_product ON sales_order_line (product_id);

CREATE TABLE order_status_history (
  id          BIGINT       NOT NULL PRIMARY KEY,
  order_id    BIGINT       NOT NULL,
  from_status VARCHAR(10),
  to_status   VARCHAR(10)  NOT NULL,
  username    VARCHAR(60)  NOT NULL,
  changed_at  TIMESTAMP    NOT NULL,
  reason      VARCHAR(300),
  CONSTRAINT fk_history_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_history_order ON order_status_history (order_id);

-- The company printed on documents (one row).
CREATE TABLE company (
  id          BIGINT       NOT NULL PRIMARY KEY,
  name        VARCHAR(160) NOT NULL,
  vat_number  VARCHAR(11)  NOT NULL,
  street      VARCHAR(160) NOT NULL,
  postal_code VARCHAR(10)  NOT NULL,
  city        VARCHAR(80)  NOT NULL,
  province    VARCHAR(2),
  country     VARCHAR(2)   NOT NULL DEFAULT 'IT',
  email       VARCHAR(160),
  phone       VARCHAR(40),
  iban        VARCHAR(34)
);
