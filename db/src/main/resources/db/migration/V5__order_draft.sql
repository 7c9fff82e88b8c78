-- The order an operator is typing, kept per user so a half-entered order
-- survives a closed window, a stopped application or a crash, and follows the
-- user to another workstation. One draft per user, replaced on every save and
-- deleted when the order is confirmed or discarded. The payload is JSON
-- (customer, header fields, line codes and quantities) written by the
-- application; nothing else reads it. Not audited: a draft is no record
-- anyone argues about, and saving it after each line would flood the trail.
-- Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+.

CREATE TABLE order_draft (
  username  VARCHAR(64)    NOT NULL PRIMARY KEY,
  saved_at  TIMESTAMP      NOT NULL,
  payload   VARCHAR(32000) NOT NULL
);
