-- Past orders brought in from another system (issue 14, history import). Portable SQL: the same file runs
-- on Apache Derby 10.17 (embedded and Network Server) and on PostgreSQL 15+.
--
-- A batch is one run of the import: the file it read, who ran it, the currency its prices are in (stored as
-- the file gives them: no exchange rate is invented) and the running figures of what it wrote.
CREATE TABLE history_batch (
  id             BIGINT        NOT NULL PRIMARY KEY,
  source         VARCHAR(120)  NOT NULL,
  file_name      VARCHAR(260)  NOT NULL,
  fingerprint    VARCHAR(64)   NOT NULL,
  currency       VARCHAR(3)    NOT NULL,
  started_at     TIMESTAMP     NOT NULL,
  started_by     VARCHAR(60)   NOT NULL,
  finished_at    TIMESTAMP,
  orders_written INTEGER       NOT NULL DEFAULT 0,
  lines_written  INTEGER       NOT NULL DEFAULT 0,
  net_value      DECIMAL(15,2) NOT NULL DEFAULT 0,
  CONSTRAINT uq_history_batch UNIQUE (source, fingerprint)
);

-- Each imported order's source: the order key it had in that system. The unique key makes a second import of
-- the same file (or of a later export of the same system that repeats old orders) write nothing twice.
CREATE TABLE history_order (
  order_id     BIGINT       NOT NULL PRIMARY KEY,
  batch_id     BIGINT       NOT NULL,
  source       VARCHAR(120) NOT NULL,
  order_key    VARCHAR(60)  NOT NULL,
  cancellation BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_history_order UNIQUE (source, order_key),
  CONSTRAINT fk_history_order_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_history_order_batch FOREIGN KEY (batch_id) REFERENCES history_batch (id)
);
CREATE INDEX ix_history_order_batch ON history_order (batch_id);

-- Customers and products the import created because the history named them: someone completes their data.
ALTER TABLE customer ADD COLUMN history_batch_id BIGINT;
ALTER TABLE customer ADD CONSTRAINT fk_customer_history FOREIGN KEY (history_batch_id) REFERENCES history_batch (id);
ALTER TABLE product ADD COLUMN history_batch_id BIGINT;
ALTER TABLE product ADD CONSTRAINT fk_product_history FOREIGN KEY (history_batch_id) REFERENCES history_batch (id);
