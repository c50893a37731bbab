-- Tables of the receivables stores on H2 2.x (tested in the default and PostgreSQL modes).
-- H2 compares character strings in UTF-16 order, which differs from Unicode code point order
-- for characters above U+FFFF. Each key that listings sort by therefore has a generated
-- *_order column with its UTF-8 bytes: H2 compares binary strings as unsigned bytes, and UTF-8
-- byte order is code point order. Money is stored as minor units (BIGINT) plus an ISO 4217
-- currency code. Nested values are JSON in the format of ReceivablesJson.
-- written_at is when the store last wrote the row, by the clock given to JdbcStores.

CREATE TABLE customers (
    id                    VARCHAR(64) NOT NULL,
    id_order              VARBINARY(256) GENERATED ALWAYS AS (CAST(id AS VARBINARY(256))),
    version               BIGINT NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    tax_country           VARCHAR(2),
    tax_id                VARCHAR,
    regime                VARCHAR(20) NOT NULL,
    company_size          VARCHAR(20) NOT NULL,
    legal_status          VARCHAR(20) NOT NULL,
    contacts              JSON NOT NULL,
    locale                VARCHAR(100) NOT NULL,
    time_zone             VARCHAR(100) NOT NULL,
    credit_limit_minor    BIGINT,
    credit_limit_currency CHAR(3),
    segment               VARCHAR NOT NULL,
    written_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT customers_pk PRIMARY KEY (id)
);
CREATE INDEX customers_in_order ON customers (id_order);
CREATE INDEX customers_by_tax_id ON customers (tax_country, tax_id, id_order);

CREATE TABLE documents (
    id             VARCHAR(100) NOT NULL,
    id_order       VARBINARY(400) GENERATED ALWAYS AS (CAST(id AS VARBINARY(400))),
    version        BIGINT NOT NULL,
    customer_id    VARCHAR(64) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    number         VARCHAR(40) NOT NULL,
    sii_code       SMALLINT,
    issue_date     DATE NOT NULL,
    reception_date DATE,
    due_date       DATE NOT NULL,
    currency       CHAR(3) NOT NULL,
    total_minor    BIGINT NOT NULL,
    tax_minor      BIGINT NOT NULL,
    instalments    JSON NOT NULL,
    doc_references JSON NOT NULL,
    status_type    VARCHAR(30) NOT NULL,
    status         JSON NOT NULL,
    written_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT documents_pk PRIMARY KEY (id)
);
CREATE INDEX documents_in_order ON documents (id_order);
CREATE INDEX documents_by_customer ON documents (customer_id, id_order);
CREATE INDEX documents_by_number ON documents (number, id_order);

CREATE TABLE payments (
    id           VARCHAR(100) NOT NULL,
    id_order     VARBINARY(400) GENERATED ALWAYS AS (CAST(id AS VARBINARY(400))),
    version      BIGINT NOT NULL,
    customer_id  VARCHAR(64),
    currency     CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    received_on  DATE NOT NULL,
    method       VARCHAR(30) NOT NULL,
    reference    VARCHAR(280),
    external_id  VARCHAR(200),
    written_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_pk PRIMARY KEY (id),
    CONSTRAINT payments_external_id_unique UNIQUE (external_id)
);
CREATE INDEX payments_by_customer ON payments (customer_id, id_order);

CREATE TABLE allocations (
    id                    VARCHAR(100) NOT NULL,
    id_order              VARBINARY(400) GENERATED ALWAYS AS (CAST(id AS VARBINARY(400))),
    target_document_id    VARCHAR(100) NOT NULL,
    source_payment_id     VARCHAR(100),
    source_credit_note_id VARCHAR(100),
    currency              CHAR(3) NOT NULL,
    amount_minor          BIGINT NOT NULL,
    source_currency       CHAR(3) NOT NULL,
    source_amount_minor   BIGINT NOT NULL,
    applied_on            DATE NOT NULL,
    reversed_on           DATE,
    written_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT allocations_pk PRIMARY KEY (id),
    CONSTRAINT allocations_target_fk FOREIGN KEY (target_document_id) REFERENCES documents (id),
    CONSTRAINT allocations_payment_fk FOREIGN KEY (source_payment_id) REFERENCES payments (id),
    CONSTRAINT allocations_credit_note_fk
        FOREIGN KEY (source_credit_note_id) REFERENCES documents (id),
    CONSTRAINT allocations_one_source
        CHECK ((source_payment_id IS NULL) <> (source_credit_note_id IS NULL))
);
CREATE INDEX allocations_by_target ON allocations (target_document_id, id_order);
CREATE INDEX allocations_by_payment ON allocations (source_payment_id, id_order);
CREATE INDEX allocations_by_credit_note ON allocations (source_credit_note_id, id_order);

CREATE TABLE reminder_outbox (
    idempotency_key       VARCHAR(200) NOT NULL,
    idempotency_key_order VARBINARY(800)
        GENERATED ALWAYS AS (CAST(idempotency_key AS VARBINARY(800))),
    customer_id           VARCHAR(64) NOT NULL,
    channel               VARCHAR(20) NOT NULL,
    document_ids          JSON NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    not_before            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    payload               VARCHAR NOT NULL,
    status                VARCHAR(20) NOT NULL,
    attempts              INTEGER NOT NULL,
    claim_owner           VARCHAR(200),
    claim_attempt         INTEGER,
    lease_until           TIMESTAMP(6) WITH TIME ZONE,
    completed_at          TIMESTAMP(6) WITH TIME ZONE,
    receipt_id            VARCHAR,
    status_detail         VARCHAR,
    written_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_outbox_pk PRIMARY KEY (idempotency_key),
    CONSTRAINT reminder_outbox_claim
        CHECK ((claim_owner IS NULL) = (claim_attempt IS NULL)
            AND (claim_owner IS NULL) = (lease_until IS NULL))
);
CREATE INDEX reminder_outbox_due ON reminder_outbox (status, not_before, idempotency_key_order);
CREATE INDEX reminder_outbox_by_customer
    ON reminder_outbox (customer_id, created_at, idempotency_key_order);
CREATE INDEX reminder_outbox_by_status
    ON reminder_outbox (status, created_at, idempotency_key_order);
CREATE INDEX reminder_outbox_finished ON reminder_outbox (status, completed_at);

CREATE TABLE statement_imports (
    statement_key VARCHAR(200) NOT NULL,
    file_digest   CHAR(64),
    imported_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    entry_count   INTEGER NOT NULL,
    written_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_imports_pk PRIMARY KEY (statement_key)
);

CREATE TABLE statement_entries (
    entry_id      VARCHAR(200) NOT NULL,
    statement_key VARCHAR(200) NOT NULL,
    written_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_entries_pk PRIMARY KEY (entry_id),
    CONSTRAINT statement_entries_statement_fk
        FOREIGN KEY (statement_key) REFERENCES statement_imports (statement_key)
);

-- confidence keeps the value with 4 decimals for queries; confidence_scale the scale the caller
-- used, so 0.9 and 0.9000 read back exactly as written.
CREATE TABLE match_decisions (
    id               VARCHAR(100) NOT NULL,
    id_order         VARBINARY(400) GENERATED ALWAYS AS (CAST(id AS VARBINARY(400))),
    version          BIGINT NOT NULL,
    lines            JSON NOT NULL,
    confidence       NUMERIC(5, 4) NOT NULL,
    confidence_scale SMALLINT NOT NULL,
    explanation      VARCHAR(4000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    decided_by       VARCHAR,
    allocation_ids   JSON NOT NULL,
    written_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT match_decisions_pk PRIMARY KEY (id)
);
CREATE INDEX match_decisions_by_status ON match_decisions (status, created_at, id_order);

-- One row per payment a decision names, so decisions are found by payment through an index.
CREATE TABLE match_decision_payments (
    payment_id  VARCHAR(100) NOT NULL,
    decision_id VARCHAR(100) NOT NULL,
    CONSTRAINT match_decision_payments_pk PRIMARY KEY (payment_id, decision_id),
    CONSTRAINT match_decision_payments_decision_fk
        FOREIGN KEY (decision_id) REFERENCES match_decisions (id) ON DELETE CASCADE
);

CREATE TABLE payer_rules (
    payer_key         VARCHAR(200) NOT NULL,
    payer_key_order   VARBINARY(800) GENERATED ALWAYS AS (CAST(payer_key AS VARBINARY(800))),
    version           BIGINT NOT NULL,
    customer_id       VARCHAR(64) NOT NULL,
    confirmations     INTEGER NOT NULL,
    rejections        INTEGER NOT NULL,
    last_confirmed_at TIMESTAMP(6) WITH TIME ZONE,
    written_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT payer_rules_pk PRIMARY KEY (payer_key)
);
CREATE INDEX payer_rules_in_order ON payer_rules (payer_key_order);
