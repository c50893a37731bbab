-- The keys of the bank line each match decision came from, so that a reversal in a later
-- statement finds the applied decision of its original line. All are null for decisions
-- stored without keys; line_currency and line_amount_minor are set together. The currency is
-- VARCHAR, not CHAR like other tables, so a text parameter compares without a cast and the
-- amount index uses all three columns.
ALTER TABLE match_decisions
    ADD COLUMN line_end_to_end_id  VARCHAR(140) COLLATE "C",
    ADD COLUMN line_bank_reference VARCHAR(140) COLLATE "C",
    ADD COLUMN line_currency       VARCHAR(3),
    ADD COLUMN line_amount_minor   BIGINT,
    ADD COLUMN line_date           DATE,
    ADD COLUMN line_payer_account  VARCHAR(140),
    ADD COLUMN line_payer_name     VARCHAR(140),
    ADD CONSTRAINT match_decisions_line_amount_complete
        CHECK ((line_currency IS NULL) = (line_amount_minor IS NULL));

-- Reversals look up only decisions in force, so the indexes leave out every other status.
CREATE INDEX match_decisions_applied_by_line_end_to_end_id
    ON match_decisions (line_end_to_end_id, created_at, id)
    WHERE status IN ('AUTO_APPLIED', 'CONFIRMED') AND line_end_to_end_id IS NOT NULL;
CREATE INDEX match_decisions_applied_by_line_bank_reference
    ON match_decisions (line_bank_reference, created_at, id)
    WHERE status IN ('AUTO_APPLIED', 'CONFIRMED') AND line_bank_reference IS NOT NULL;
CREATE INDEX match_decisions_applied_by_line_amount
    ON match_decisions (line_currency, line_amount_minor, line_date)
    WHERE status IN ('AUTO_APPLIED', 'CONFIRMED') AND line_amount_minor IS NOT NULL;
