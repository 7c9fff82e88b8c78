-- Parcels identified by an SSCC (GS1 application identifier 00) built from the
-- company's GS1 prefix, and DDT series of their own for warehouses that need
-- one. Portable SQL: the same file runs on Apache Derby 10.17 and PostgreSQL 15+.

-- The company's GS1 company prefix (7 to 10 digits) and the extension digit its
-- SSCCs start with; no prefix, no SSCC. One row, written by the administrator.
CREATE TABLE shipping_settings (
  id             BIGINT      NOT NULL PRIMARY KEY,
  gs1_prefix     VARCHAR(10),
  sscc_extension INTEGER     NOT NULL DEFAULT 0,
  version        BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT ck_shipping_settings_one CHECK (id = 1),
  CONSTRAINT ck_sscc_extension CHECK (sscc_extension >= 0 AND sscc_extension <= 9)
);

-- 18 digits with the check digit; the serial comes from the gap-free SSCC
-- counter in the shipping transaction, so no two parcels share one.
ALTER TABLE parcel ADD COLUMN sscc VARCHAR(18);
ALTER TABLE parcel ADD CONSTRAINT uq_parcel_sscc UNIQUE (sscc);

-- A warehouse numbering its DDTs in its own series (gap-free per series and
-- year); warehouses without a row use the company's series DDT.
CREATE TABLE ddt_series (
  warehouse_id BIGINT     NOT NULL PRIMARY KEY,
  series       VARCHAR(6) NOT NULL,
  version      BIGINT     NOT NULL DEFAULT 0,
  CONSTRAINT uq_ddt_series UNIQUE (series),
  CONSTRAINT fk_ddt_series_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id)
);
