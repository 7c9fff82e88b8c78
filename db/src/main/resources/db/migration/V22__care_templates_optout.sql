-- Customer care, finished: e-mail templates an administrator changed, and the kinds of e-mail a customer
-- does not want. Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+.

-- A template with no row here is the shipped one (i18n/mail*.properties); a reset deletes the row.
CREATE TABLE mail_template (
  id            BIGINT        NOT NULL PRIMARY KEY,
  template_key  VARCHAR(40)   NOT NULL,
  language      VARCHAR(2)    NOT NULL,
  subject       VARCHAR(500)  NOT NULL,
  body          VARCHAR(8000) NOT NULL,
  updated_by    VARCHAR(60)   NOT NULL,
  updated_at    TIMESTAMP     NOT NULL,
  version       BIGINT        NOT NULL,
  CONSTRAINT uq_mail_template UNIQUE (template_key, language),
  CONSTRAINT ck_mail_template_language CHECK (language IN ('it', 'en'))
);

-- The kinds of e-mail the customer does not receive, as their names separated by commas (NULL: every kind).
-- On the customer row, so the change is in the customer's audit trail.
ALTER TABLE customer ADD COLUMN mail_opt_out VARCHAR(300);

-- Goods in quarantine are settled later: released back to on hand (UNQUARANTINE), or scrapped
-- (a WRITE_OFF row that also takes them out of the bucket).
ALTER TABLE stock_movement DROP CONSTRAINT ck_move_kind;
ALTER TABLE stock_movement ADD CONSTRAINT ck_move_kind CHECK (kind IN ('RECEIPT', 'ADJUSTMENT', 'ALLOCATE', 'RELEASE',
  'SHIP', 'QUARANTINE', 'WRITE_OFF', 'UNQUARANTINE'));

-- Where a line's price came from (the customer's, group's or base list, or REPLACEMENT: no charge, the goods
-- replace ones returned). NULL for lines written before this version, whose price note says it.
ALTER TABLE sales_order_line ADD COLUMN price_source VARCHAR(12);
