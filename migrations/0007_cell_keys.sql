ALTER TABLE `daily_counts` ADD `key_sum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `record_key` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `weekly_counts` ADD `key_sum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- By hand (drizzle-kit cannot say it; DEFAULT 0 above only lets ADD COLUMN fill old rows, the app draws each new key): a random record key for every response stored before this migration,
-- and a random key sum for every count kept before it, so no cell's noise is a function of its count alone.
-- `npm run counts:rebuild` then recomputes the exact key sums of every week whose responses are still stored;
-- purged weeks keep their random sums (src/stats/cell-key.ts, README "Counts for analysts").
UPDATE `responses` SET `record_key` = random() & 2147483647;--> statement-breakpoint
UPDATE `weekly_counts` SET `key_sum` = random() & 2147483647;--> statement-breakpoint
UPDATE `daily_counts` SET `key_sum` = random() & 2147483647;
