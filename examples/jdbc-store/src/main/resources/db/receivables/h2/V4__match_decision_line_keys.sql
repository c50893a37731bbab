-- The keys of the bank line each match decision came from, so that a reversal in a later
-- statement finds the applied decision of its original line. All are null for decisions
-- stored without keys; line_currency and line_amount_minor are set together.
ALTER TABLE match_decisions ADD COLUMN line_end_to_end_id VARCHAR(140);
ALTER TABLE match_decisions ADD COLUMN line_bank_reference VARCHAR(140);
ALTER TABLE match_decisions ADD COLUMN line_currency VARCHAR(3);
ALTER TABLE match_decisions ADD COLUMN line_amount_minor BIGINT;
ALTER TABLE match_decisions ADD COLUMN line_date DATE;
ALTER TABLE match_decisions ADD COLUMN line_payer_account VARCHAR(140);
ALTER TABLE match_decisions ADD COLUMN line_payer_name VARCHAR(140);
ALTER TABLE match_decisions ADD CONSTRAINT match_decisions_line_amount_complete
    CHECK ((line_currency IS NULL) = (line_amount_minor IS NULL));

-- H2 has no partial indexes, so these cover every status and the query filters by status.
CREATE INDEX match_decisions_by_line_end_to_end_id
    ON match_decisions (line_end_to_end_id, created_at, id_order);
CREATE INDEX match_decisions_by_line_bank_reference
    ON match_decisions (line_bank_reference, created_at, id_order);
CREATE INDEX match_decisions_by_line_amount
    ON match_decisions (line_currency, line_amount_minor, line_date);
