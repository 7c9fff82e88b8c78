-- Customers beyond Italian companies (issue 17): EU and non-EU businesses,
-- consumers and public administration, and the VAT treatment each order
-- keeps. Every existing customer is an Italian business (it has a Partita
-- IVA) or an Italian person (only a Codice Fiscale), so nothing changes for
-- them. Portable SQL: the same file runs on Apache Derby 10.17 and
-- PostgreSQL 15+ (SET DATA TYPE is the spelling both accept).

ALTER TABLE customer ADD COLUMN customer_kind VARCHAR(24) NOT NULL DEFAULT 'IT_BUSINESS';
UPDATE customer SET customer_kind = 'IT_PERSON' WHERE vat_number IS NULL;
ALTER TABLE customer ADD CONSTRAINT ck_customer_kind CHECK (customer_kind IN ('IT_BUSINESS', 'IT_PERSON',
  'PUBLIC_ADMINISTRATION', 'EU_BUSINESS', 'NON_EU_BUSINESS', 'CONSUMER'));
-- An EU VAT number keeps its country prefix (NL123456789B01 is 14 characters); a non-EU tax identifier
-- such as a Swiss CHE-123.456.789 is longer still.
ALTER TABLE customer ALTER COLUMN vat_number SET DATA TYPE VARCHAR(20);
-- A consumer gives no tax code, nor need a business outside the EU.
ALTER TABLE customer DROP CONSTRAINT ck_customer_identity;
ALTER TABLE customer ADD CONSTRAINT ck_customer_identity CHECK (customer_kind IN ('CONSUMER', 'NON_EU_BUSINESS')
  OR vat_number IS NOT NULL OR fiscal_code IS NOT NULL);
-- Public administration: the office code (codice univoco ufficio) electronic invoices go to.
ALTER TABLE customer ADD COLUMN office_code VARCHAR(6);
-- Who found an EU customer's VAT number registered on VIES, and when (the check is made by a person).
ALTER TABLE customer ADD COLUMN vies_confirmed_by VARCHAR(60);
ALTER TABLE customer ADD COLUMN vies_confirmed_at TIMESTAMP;

-- A habitual exporter's declaration of intent: orders under it are non-taxable up to its ceiling. The
-- check on used <= ceiling backs the row lock every order takes before consuming it.
CREATE TABLE intent_declaration (
  id           BIGINT        NOT NULL PRIMARY KEY,
  customer_id  BIGINT        NOT NULL,
  protocol     VARCHAR(24)   NOT NULL,
  valid_from   DATE          NOT NULL,
  valid_to     DATE          NOT NULL,
  ceiling      DECIMAL(15,2) NOT NULL,
  used         DECIMAL(15,2) NOT NULL DEFAULT 0,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_declaration_protocol UNIQUE (protocol),
  CONSTRAINT ck_declaration_period CHECK (valid_to >= valid_from),
  CONSTRAINT ck_declaration_ceiling CHECK (ceiling > 0 AND used >= 0 AND used <= ceiling),
  CONSTRAINT fk_declaration_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_declaration_customer ON intent_declaration (customer_id, valid_from);

-- The order keeps its treatment, so a later change of the customer never rewrites it; amount_due is what
-- the customer pays (the gross total, less the VAT under split payment) and what credit exposure sums.
ALTER TABLE sales_order ADD COLUMN vat_treatment VARCHAR(24) NOT NULL DEFAULT 'DOMESTIC';
ALTER TABLE sales_order ADD CONSTRAINT ck_order_vat_treatment CHECK (vat_treatment IN ('DOMESTIC',
  'SPLIT_PAYMENT', 'EXPORT', 'INTRA_EU', 'INTENT_DECLARATION'));
ALTER TABLE sales_order ADD COLUMN vat_reference VARCHAR(40);
ALTER TABLE sales_order ADD COLUMN intent_declaration_id BIGINT;
ALTER TABLE sales_order ADD CONSTRAINT fk_order_declaration FOREIGN KEY (intent_declaration_id)
  REFERENCES intent_declaration (id);
ALTER TABLE sales_order ADD COLUMN amount_due DECIMAL(15,2) NOT NULL DEFAULT 0;
UPDATE sales_order SET amount_due = gross_total;
ALTER TABLE sales_order ADD CONSTRAINT ck_order_amount_due CHECK (amount_due = gross_total OR amount_due = net_total);
-- The credit exposure sums amount_due: the covering index follows it.
DROP INDEX ix_order_customer;
CREATE INDEX ix_order_customer_due ON sales_order (customer_id, status, amount_due);
