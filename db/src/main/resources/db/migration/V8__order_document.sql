-- The documents an order produced, kept as they were sent: the order
-- confirmation is made right after the order is confirmed and every reprint
-- returns these bytes, so what the customer holds and what the office
-- reprints are the same file. Written once per order and kind, never
-- updated; sha256 (hex) lets a check find a damaged copy, language is the
-- one the document was made in (the customer's at that time).
-- Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+;
-- ${bytes} is the binary type, BLOB on Derby and BYTEA on PostgreSQL (set by
-- the application when it runs the migrations).

CREATE TABLE order_document (
  order_id    BIGINT       NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  language    VARCHAR(8)   NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  content     ${bytes}     NOT NULL,
  CONSTRAINT pk_order_document PRIMARY KEY (order_id, kind),
  CONSTRAINT fk_document_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
