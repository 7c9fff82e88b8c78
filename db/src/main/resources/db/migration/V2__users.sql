-- Users of a shared database: who may sign in, with which roles, and the
-- state of their password. Portable SQL: the same file runs on Apache Derby
-- 10.17 (embedded and Network Server) and on PostgreSQL 15+.
-- Ids come from ordo_id_seq like every other table.

CREATE TABLE user_account (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  username             VARCHAR(60)  NOT NULL,
  -- "pbkdf2-sha256", iterations, salt and hash (Base64): never the password itself.
  password_hash        VARCHAR(200) NOT NULL,
  disabled             BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_attempts      INTEGER      NOT NULL DEFAULT 0,
  locked_until         TIMESTAMP,
  must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at           TIMESTAMP    NOT NULL,
  last_login_at        TIMESTAMP,
  version              BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_user_account_username UNIQUE (username),
  -- Usernames are stored in lower case, so "Rossi" and "rossi" cannot be two users.
  CONSTRAINT ck_user_account_username CHECK (username = LOWER(username)),
  CONSTRAINT ck_user_account_hash CHECK (password_hash LIKE 'pbkdf2-sha256$%'),
  CONSTRAINT ck_user_account_failed CHECK (failed_attempts >= 0)
);

-- The roles of each user, one row per role: "who are the administrators?" is a plain query.
CREATE TABLE user_account_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  CONSTRAINT pk_user_account_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_account_role_user FOREIGN KEY (user_id) REFERENCES user_account (id),
  CONSTRAINT ck_user_account_role CHECK (role IN ('ORDER_DESK', 'WAREHOUSE', 'CUSTOMER_SERVICE', 'ACCOUNTING',
                                                  'MANAGER', 'ADMIN'))
);
