-- The public HTTP API's clients (web shop, B2B portal, agents' app, chatbot)
-- and the sales agents' customers. Portable SQL: the same file runs on Apache
-- Derby 10.17 (embedded and Network Server) and on PostgreSQL 15+.

-- One row per client. The key itself is never stored: only the SHA-256 of it
-- (hex), which is what each request is looked up by. The key is 256 random
-- bits, so a fast hash is enough: there is no password to guess.
CREATE TABLE api_client (
  name                VARCHAR(60)   NOT NULL PRIMARY KEY,
  key_hash            CHAR(64)      NOT NULL,
  -- the first characters of the key, so an administrator can tell keys apart
  key_hint            VARCHAR(16)   NOT NULL,
  channel             VARCHAR(12)   NOT NULL,
  -- the rights of the key, comma-separated ApiScope names
  scopes              VARCHAR(200)  NOT NULL,
  -- the agents' app speaks for one sales agent (a user); null for other clients
  agent_username      VARCHAR(60),
  requests_per_minute INTEGER       NOT NULL,
  revoked             BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMP     NOT NULL,
  created_by          VARCHAR(60)   NOT NULL,
  revoked_at          TIMESTAMP,
  last_used_at        TIMESTAMP,
  CONSTRAINT uq_api_client_key UNIQUE (key_hash),
  CONSTRAINT ck_api_client_rate CHECK (requests_per_minute > 0)
);

-- An order placed with an Idempotency-Key: a retry with the same key, from
-- the same client, answers with this order instead of placing another. Written
-- in the transaction that places the order, so two concurrent retries cannot
-- both place one.
CREATE TABLE api_idempotency (
  client_name     VARCHAR(60)  NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  order_number    VARCHAR(20)  NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  CONSTRAINT pk_api_idempotency PRIMARY KEY (client_name, idempotency_key)
);

-- A sales agent (a user with the SALES_AGENT role) and the customers they
-- look after: the only customers whose orders and prices they see.
CREATE TABLE sales_agent_customer (
  agent_username VARCHAR(60) NOT NULL,
  customer_id    BIGINT      NOT NULL,
  CONSTRAINT pk_sales_agent_customer PRIMARY KEY (agent_username, customer_id),
  CONSTRAINT fk_agent_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_agent_customer_customer ON sales_agent_customer (customer_id);

-- The agent who placed an order (through the agents' app or signed in), for sales by agent.
ALTER TABLE sales_order ADD COLUMN agent_username VARCHAR(60);

ALTER TABLE user_account_role DROP CONSTRAINT ck_user_account_role;
ALTER TABLE user_account_role ADD CONSTRAINT ck_user_account_role CHECK (role IN ('ORDER_DESK', 'WAREHOUSE',
  'CUSTOMER_SERVICE', 'ACCOUNTING', 'MANAGER', 'ADMIN', 'SALES_AGENT'));
