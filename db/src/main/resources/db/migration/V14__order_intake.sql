-- Order intake from customers' Excel and CSV files (issue 14): the column
-- mappings saved by name, the mapping each customer's file was last read
-- with, the customers' own article codes resolved once to our products, and
-- the source of every order an import placed (file name and fingerprint), so
-- the same file imported again is recognised. Portable SQL: the same file
-- runs on Apache Derby 10.17 and PostgreSQL 15+.

CREATE TABLE intake_mapping (
  name        VARCHAR(60)  NOT NULL PRIMARY KEY,
  saved_at    TIMESTAMP    NOT NULL,
  saved_by    VARCHAR(64)  NOT NULL
);

-- One row per mapped column: the file's header (as written) and the Ordo field it feeds.
CREATE TABLE intake_mapping_column (
  mapping_name  VARCHAR(60)   NOT NULL,
  col_index     INTEGER       NOT NULL,
  header        VARCHAR(200)  NOT NULL,
  ordo_field    VARCHAR(30)   NOT NULL,
  CONSTRAINT pk_intake_mapping_column PRIMARY KEY (mapping_name, col_index),
  CONSTRAINT fk_intake_column_mapping FOREIGN KEY (mapping_name) REFERENCES intake_mapping (name) ON DELETE CASCADE
);

-- The mapping last used for a customer's file: offered first next time.
CREATE TABLE intake_customer_mapping (
  customer_id   BIGINT       NOT NULL PRIMARY KEY,
  mapping_name  VARCHAR(60)  NOT NULL,
  used_at       TIMESTAMP    NOT NULL,
  CONSTRAINT fk_intake_last_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_intake_last_mapping FOREIGN KEY (mapping_name) REFERENCES intake_mapping (name) ON DELETE CASCADE
);

-- A customer's own article code and our product it stands for; code_key is the code trimmed in capitals.
CREATE TABLE customer_article (
  customer_id   BIGINT        NOT NULL,
  code_key      VARCHAR(60)   NOT NULL,
  code          VARCHAR(60)   NOT NULL,
  product_id    BIGINT        NOT NULL,
  created_at    TIMESTAMP     NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_customer_article PRIMARY KEY (customer_id, code_key),
  CONSTRAINT fk_article_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_article_product FOREIGN KEY (product_id) REFERENCES product (id)
);

-- Where an imported order came from, and what became of each order of a file
-- (order_number is null when it was refused).
CREATE TABLE order_import (
  id            BIGINT        NOT NULL PRIMARY KEY,
  file_name     VARCHAR(260)  NOT NULL,
  fingerprint   VARCHAR(64)   NOT NULL,
  order_key     VARCHAR(60)   NOT NULL,
  external_ref  VARCHAR(60)   NOT NULL,
  order_number  VARCHAR(20),
  outcome       VARCHAR(20)   NOT NULL,
  imported_at   TIMESTAMP     NOT NULL,
  imported_by   VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_order_import_file ON order_import (fingerprint);
CREATE INDEX ix_order_import_number ON order_import (order_number);
