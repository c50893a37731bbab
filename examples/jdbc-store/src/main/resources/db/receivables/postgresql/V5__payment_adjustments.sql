-- Payment adjustments: parts of payments that leave the customer's unapplied cash without
-- settling a document (a rounding or exchange gain, money the bank returned). Append-only like
-- allocations: the one change is recording reversed_on, once.
CREATE TABLE payment_adjustments (
    id           VARCHAR(100) COLLATE "C" NOT NULL,
    payment_id   VARCHAR(100) COLLATE "C" NOT NULL,
    currency     CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    reason       VARCHAR(30) NOT NULL,
    source       VARCHAR(100) COLLATE "C" NOT NULL,
    adjusted_on  DATE NOT NULL,
    reversed_on  DATE,
    written_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT payment_adjustments_pk PRIMARY KEY (id),
    CONSTRAINT payment_adjustments_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id),
    CONSTRAINT payment_adjustments_positive CHECK (amount_minor > 0)
);
CREATE INDEX payment_adjustments_by_payment ON payment_adjustments (payment_id, id);
CREATE INDEX payment_adjustments_by_source ON payment_adjustments (source, id);
