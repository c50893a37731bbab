-- Write-offs of documents: gaps accepted when a payment settled a document (a bank fee,
-- rounding, an exchange difference) and debts given up. Append-only like allocations: the one
-- change is recording reversed_on, once.
CREATE TABLE write_offs (
    id             VARCHAR(100) COLLATE "C" NOT NULL,
    document_id    VARCHAR(100) COLLATE "C" NOT NULL,
    currency       CHAR(3) NOT NULL,
    amount_minor   BIGINT NOT NULL,
    reason         VARCHAR(30) NOT NULL,
    source         VARCHAR(100) COLLATE "C" NOT NULL,
    written_off_on DATE NOT NULL,
    reversed_on    DATE,
    written_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT write_offs_pk PRIMARY KEY (id),
    CONSTRAINT write_offs_document_fk FOREIGN KEY (document_id) REFERENCES documents (id),
    CONSTRAINT write_offs_positive CHECK (amount_minor > 0)
);
CREATE INDEX write_offs_by_document ON write_offs (document_id, id);
CREATE INDEX write_offs_by_source ON write_offs (source, id);
