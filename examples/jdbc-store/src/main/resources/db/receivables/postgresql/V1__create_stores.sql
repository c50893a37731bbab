-- Tables of the receivables stores on PostgreSQL 15 or later.
-- Keys that listings sort by use the binary collation "C", so they sort in Unicode code point
-- order (the database must use the UTF8 encoding). Money is stored as minor units (BIGINT) plus
-- an ISO 4217 currency code. Nested values are JSONB in the format of ReceivablesJson.
-- written_at is when the store last wrote the row, by the clock given to JdbcStores.

CREATE TABLE customers (
    id                    VARCHAR(64) COLLATE "C" NOT NULL,
    version               BIGINT NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    tax_country           VARCHAR(2),
    tax_id                TEXT,
    regime                VARCHAR(20) NOT NULL,
    company_size          VARCHAR(20) NOT NULL,
    legal_status          VARCHAR(20) NOT NULL,
    contacts              JSONB NOT NULL,
    locale                VARCHAR(100) NOT NULL,
    time_zone             VARCHAR(100) NOT NULL,
    credit_limit_minor    BIGINT,
    credit_limit_currency CHAR(3),
    segment               TEXT NOT NULL,
    written_at            TIMESTAMPTZ NOT NULL,
    CONSTRAINT customers_pk PRIMARY KEY (id)
);
CREATE INDEX customers_by_tax_id ON customers (tax_country, tax_id, id);

CREATE TABLE documents (
    id             VARCHAR(100) COLLATE "C" NOT NULL,
    version        BIGINT NOT NULL,
    customer_id    VARCHAR(64) COLLATE "C" NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    number         VARCHAR(40) NOT NULL,
    sii_code       SMALLINT,
    issue_date     DATE NOT NULL,
    reception_date DATE,
    due_date       DATE NOT NULL,
    currency       CHAR(3) NOT NULL,
    total_minor    BIGINT NOT NULL,
    tax_minor      BIGINT NOT NULL,
    instalments    JSONB NOT NULL,
    doc_references JSONB NOT NULL,
    status_type    VARCHAR(30) NOT NULL,
    status         JSONB NOT NULL,
    written_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT documents_pk PRIMARY KEY (id)
);
CREATE INDEX documents_by_customer ON documents (customer_id, id);
CREATE INDEX documents_by_number ON documents (number, id);

CREATE TABLE payments (
    id           VARCHAR(100) COLLATE "C" NOT NULL,
    version      BIGINT NOT NULL,
    customer_id  VARCHAR(64) COLLATE "C",
    currency     CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    received_on  DATE NOT NULL,
    method       VARCHAR(30) NOT NULL,
    reference    VARCHAR(280),
    external_id  VARCHAR(200) COLLATE "C",
    written_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT payments_pk PRIMARY KEY (id),
    CONSTRAINT payments_external_id_unique UNIQUE (external_id)
);
CREATE INDEX payments_by_customer ON payments (customer_id, id);
CREATE INDEX payments_unidentified ON payments (id) WHERE customer_id IS NULL;

CREATE TABLE allocations (
    id                    VARCHAR(100) COLLATE "C" NOT NULL,
    target_document_id    VARCHAR(100) COLLATE "C" NOT NULL,
    source_payment_id     VARCHAR(100) COLLATE "C",
    source_credit_note_id VARCHAR(100) COLLATE "C",
    currency              CHAR(3) NOT NULL,
    amount_minor          BIGINT NOT NULL,
    source_currency       CHAR(3) NOT NULL,
    source_amount_minor   BIGINT NOT NULL,
    applied_on            DATE NOT NULL,
    reversed_on           DATE,
    written_at            TIMESTAMPTZ NOT NULL,
    CONSTRAINT allocations_pk PRIMARY KEY (id),
    CONSTRAINT allocations_target_fk FOREIGN KEY (target_document_id) REFERENCES documents (id),
    CONSTRAINT allocations_payment_fk FOREIGN KEY (source_payment_id) REFERENCES payments (id),
    CONSTRAINT allocations_credit_note_fk
        FOREIGN KEY (source_credit_note_id) REFERENCES documents (id),
    CONSTRAINT allocations_one_source
        CHECK ((source_payment_id IS NULL) <> (source_credit_note_id IS NULL))
);
CREATE INDEX allocations_by_target ON allocations (target_document_id, id);
CREATE INDEX allocations_by_payment ON allocations (source_payment_id, id);
CREATE INDEX allocations_by_credit_note ON allocations (source_credit_note_id, id);

CREATE TABLE reminder_outbox (
    idempotency_key VARCHAR(200) COLLATE "C" NOT NULL,
    customer_id     VARCHAR(64) COLLATE "C" NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    document_ids    JSONB NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    not_before      TIMESTAMPTZ NOT NULL,
    payload         TEXT NOT NULL,
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL,
    claim_owner     VARCHAR(200),
    claim_attempt   INTEGER,
    lease_until     TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    receipt_id      TEXT,
    status_detail   TEXT,
    written_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT reminder_outbox_pk PRIMARY KEY (idempotency_key),
    CONSTRAINT reminder_outbox_claim
        CHECK ((claim_owner IS NULL) = (claim_attempt IS NULL)
            AND (claim_owner IS NULL) = (lease_until IS NULL))
);
CREATE INDEX reminder_outbox_due ON reminder_outbox (not_before, idempotency_key)
    WHERE status = 'PENDING';
CREATE INDEX reminder_outbox_by_customer
    ON reminder_outbox (customer_id, created_at, idempotency_key);
CREATE INDEX reminder_outbox_by_status ON reminder_outbox (status, created_at, idempotency_key);
CREATE INDEX reminder_outbox_finished ON reminder_outbox (completed_at)
    WHERE status IN ('SENT', 'FAILED', 'CANCELLED');

CREATE TABLE statement_imports (
    statement_key VARCHAR(200) COLLATE "C" NOT NULL,
    file_digest   CHAR(64),
    imported_at   TIMESTAMPTZ NOT NULL,
    entry_count   INTEGER NOT NULL,
    written_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT statement_imports_pk PRIMARY KEY (statement_key)
);

CREATE TABLE statement_entries (
    entry_id      VARCHAR(200) COLLATE "C" NOT NULL,
    statement_key VARCHAR(200) COLLATE "C" NOT NULL,
    written_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT statement_entries_pk PRIMARY KEY (entry_id),
    CONSTRAINT statement_entries_statement_fk
        FOREIGN KEY (statement_key) REFERENCES statement_imports (statement_key)
);
CREATE INDEX statement_entries_by_statement ON statement_entries (statement_key);

-- confidence keeps the value with 4 decimals for queries; confidence_scale the scale the caller
-- used, so 0.9 and 0.9000 read back exactly as written.
CREATE TABLE match_decisions (
    id               VARCHAR(100) COLLATE "C" NOT NULL,
    version          BIGINT NOT NULL,
    lines            JSONB NOT NULL,
    confidence       NUMERIC(5, 4) NOT NULL,
    confidence_scale SMALLINT NOT NULL,
    explanation      VARCHAR(4000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    decided_at       TIMESTAMPTZ,
    decided_by       TEXT,
    allocation_ids   JSONB NOT NULL,
    written_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT match_decisions_pk PRIMARY KEY (id)
);
CREATE INDEX match_decisions_by_status ON match_decisions (status, created_at, id);

-- One row per payment a decision names, so decisions are found by payment through an index.
CREATE TABLE match_decision_payments (
    payment_id  VARCHAR(100) COLLATE "C" NOT NULL,
    decision_id VARCHAR(100) COLLATE "C" NOT NULL,
    CONSTRAINT match_decision_payments_pk PRIMARY KEY (payment_id, decision_id),
    CONSTRAINT match_decision_payments_decision_fk
        FOREIGN KEY (decision_id) REFERENCES match_decisions (id) ON DELETE CASCADE
);
CREATE INDEX match_decision_payments_by_decision ON match_decision_payments (decision_id);

CREATE TABLE payer_rules (
    payer_key         VARCHAR(200) COLLATE "C" NOT NULL,
    version           BIGINT NOT NULL,
    customer_id       VARCHAR(64) COLLATE "C" NOT NULL,
    confirmations     INTEGER NOT NULL,
    rejections        INTEGER NOT NULL,
    last_confirmed_at TIMESTAMPTZ,
    written_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT payer_rules_pk PRIMARY KEY (payer_key)
);
