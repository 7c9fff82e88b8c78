-- Customer care: tickets with their thread and attachments, the outbox of
-- customer e-mails with the SMTP settings of the company, and returns (RMA).
-- Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+;
-- ${bytes} is the binary type (BLOB on Derby, BYTEA on PostgreSQL).

CREATE TABLE ticket (
  id             BIGINT        NOT NULL PRIMARY KEY,
  ticket_number  VARCHAR(20)   NOT NULL,
  customer_id    BIGINT        NOT NULL,
  category       VARCHAR(24)   NOT NULL,
  priority       VARCHAR(10)   NOT NULL,
  status         VARCHAR(10)   NOT NULL,
  subject        VARCHAR(200)  NOT NULL,
  assignee       VARCHAR(60),
  due_at         TIMESTAMP     NOT NULL,
  created_at     TIMESTAMP     NOT NULL,
  created_by     VARCHAR(60)   NOT NULL,
  resolved_at    TIMESTAMP,
  version        BIGINT        NOT NULL,
  CONSTRAINT uq_ticket_number UNIQUE (ticket_number),
  CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_ticket_customer ON ticket (customer_id, created_at);
CREATE INDEX ix_ticket_status ON ticket (status, due_at);

-- What a ticket is about: an order, or one of its lines (hence a product).
CREATE TABLE ticket_link (
  id             BIGINT        NOT NULL PRIMARY KEY,
  ticket_id      BIGINT        NOT NULL,
  order_id       BIGINT        NOT NULL,
  order_number   VARCHAR(20)   NOT NULL,
  order_line_id  BIGINT,
  line_no        INTEGER,
  product_id     BIGINT,
  CONSTRAINT fk_link_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_link_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_link_line FOREIGN KEY (order_line_id) REFERENCES sales_order_line (id),
  CONSTRAINT fk_link_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX ix_link_ticket ON ticket_link (ticket_id);
CREATE INDEX ix_link_order ON ticket_link (order_id);
CREATE INDEX ix_link_product ON ticket_link (product_id);

-- The thread: internal notes, messages to the customer, what the customer said.
CREATE TABLE ticket_entry (
  id          BIGINT         NOT NULL PRIMARY KEY,
  ticket_id   BIGINT         NOT NULL,
  kind        VARCHAR(14)    NOT NULL,
  author      VARCHAR(60)    NOT NULL,
  created_at  TIMESTAMP      NOT NULL,
  body        VARCHAR(4000)  NOT NULL,
  CONSTRAINT fk_entry_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_entry_ticket ON ticket_entry (ticket_id, created_at);

-- Photos of damage and PDFs, kept in the database with the ticket (size and type checked by the use case).
CREATE TABLE ticket_attachment (
  id            BIGINT        NOT NULL PRIMARY KEY,
  ticket_id     BIGINT        NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(60)   NOT NULL,
  size_bytes    INTEGER       NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  created_at    TIMESTAMP     NOT NULL,
  created_by    VARCHAR(60)   NOT NULL,
  content       ${bytes}      NOT NULL,
  CONSTRAINT fk_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_attachment_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_attachment_ticket ON ticket_attachment (ticket_id);

-- Customer e-mails waiting to go, written in the transaction of the event
-- (an order confirmed, a promise date that slipped, a ticket reply) and sent
-- after the commit. status: PENDING (waiting, also after a failed attempt,
-- until next_attempt_at), SENDING (claimed by a sender: left so when the
-- process died between sending and marking, never sent again by itself),
-- SENT, FAILED (gave up), SKIPPED (no e-mail address). detail carries the
-- event's facts (the old and new promise date), rendered at sending time.
CREATE TABLE mail_outbox (
  id               BIGINT         NOT NULL PRIMARY KEY,
  kind             VARCHAR(20)    NOT NULL,
  status           VARCHAR(10)    NOT NULL,
  customer_id      BIGINT         NOT NULL,
  order_id         BIGINT,
  ticket_id        BIGINT,
  detail           VARCHAR(200),
  recipient        VARCHAR(200),
  language         VARCHAR(8),
  subject          VARCHAR(300),
  body             VARCHAR(8000),
  attempts         INTEGER        NOT NULL,
  created_at       TIMESTAMP      NOT NULL,
  next_attempt_at  TIMESTAMP      NOT NULL,
  claimed_at       TIMESTAMP,
  sent_at          TIMESTAMP,
  last_error       VARCHAR(500),
  CONSTRAINT fk_outbox_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_customer ON mail_outbox (customer_id, created_at);

-- The company's mail server. The password is not kept here: the sender reads it
-- from the environment of the process that sends (ORDO_SMTP_PASSWORD).
CREATE TABLE mail_settings (
  id            INTEGER       NOT NULL PRIMARY KEY,
  host          VARCHAR(200)  NOT NULL,
  port          INTEGER       NOT NULL,
  starttls      BOOLEAN       NOT NULL,
  username      VARCHAR(200),
  from_address  VARCHAR(200)  NOT NULL,
  CONSTRAINT ck_mail_settings_one CHECK (id = 1),
  CONSTRAINT ck_mail_port CHECK (port > 0 AND port < 65536)
);

-- Returns (RMA): authorised against the lines of a shipped order, received
-- back into stock (a ledger row, under the stock row lock) or into
-- quarantine (no stock), credited at the prices the lines were sold at.
CREATE TABLE return_order (
  id            BIGINT         NOT NULL PRIMARY KEY,
  rma_number    VARCHAR(20)    NOT NULL,
  order_id      BIGINT         NOT NULL,
  order_number  VARCHAR(20)    NOT NULL,
  customer_id   BIGINT         NOT NULL,
  ticket_id     BIGINT,
  status        VARCHAR(12)    NOT NULL,
  reason        VARCHAR(500)   NOT NULL,
  wish          VARCHAR(12)    NOT NULL,
  created_at    TIMESTAMP      NOT NULL,
  created_by    VARCHAR(60)    NOT NULL,
  received_at   TIMESTAMP,
  received_by   VARCHAR(60),
  credit_net    DECIMAL(14,2)  NOT NULL,
  credit_vat    DECIMAL(14,2)  NOT NULL,
  credit_gross  DECIMAL(14,2)  NOT NULL,
  version       BIGINT         NOT NULL,
  CONSTRAINT uq_rma_number UNIQUE (rma_number),
  CONSTRAINT fk_return_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
  CONSTRAINT fk_return_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_return_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_return_customer ON return_order (customer_id, created_at);
CREATE INDEX ix_return_order ON return_order (order_id);

CREATE TABLE return_line (
  id             BIGINT         NOT NULL PRIMARY KEY,
  return_id      BIGINT         NOT NULL,
  order_line_id  BIGINT         NOT NULL,
  line_no        INTEGER        NOT NULL,
  product_id     BIGINT         NOT NULL,
  quantity       DECIMAL(14,3)  NOT NULL,
  outcome        VARCHAR(12),
  credit_net     DECIMAL(14,2)  NOT NULL,
  credit_vat     DECIMAL(14,2)  NOT NULL,
  CONSTRAINT fk_rline_return FOREIGN KEY (return_id) REFERENCES return_order (id),
  CONSTRAINT fk_rline_line FOREIGN KEY (order_line_id) REFERENCES sales_order_line (id),
  CONSTRAINT ck_rline_qty CHECK (quantity > 0)
);
CREATE INDEX ix_rline_return ON return_line (return_id);
CREATE INDEX ix_rline_order_line ON return_line (order_line_id);
