-- The reminder planner reads every customer's outbox records created since an instant.
CREATE INDEX reminder_outbox_by_creation ON reminder_outbox (created_at, idempotency_key_order);

-- A task for a person (a collector's call from a worklist) goes out on no contact channel.
ALTER TABLE reminder_outbox ALTER COLUMN channel SET NULL;
