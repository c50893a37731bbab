-- The reminder planner reads every customer's outbox records created since an instant.
CREATE INDEX reminder_outbox_by_creation ON reminder_outbox (created_at, idempotency_key);
