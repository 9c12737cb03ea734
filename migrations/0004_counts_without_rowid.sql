-- Written by hand (drizzle-kit cannot express WITHOUT ROWID): the weekly and daily
-- counts become WITHOUT ROWID tables, stored in their primary key's order. A read of
-- one slice is then one range scan with the counts in it, not an index scan plus a
-- table lookup per count (npm run bench:stats measures the reads), and
-- each write updates one B-tree instead of two. Same columns, key and constraints.
-- Nothing references these tables, so rebuilding them is safe.
CREATE TABLE `weekly_counts_new` (
	`week` text NOT NULL,
	`channel` text NOT NULL,
	`dim_a` text NOT NULL,
	`value_a` text NOT NULL,
	`dim_b` text NOT NULL,
	`value_b` text NOT NULL,
	`responses` integer NOT NULL,
	PRIMARY KEY(`dim_a`, `dim_b`, `week`, `value_a`, `value_b`, `channel`),
	CONSTRAINT "weekly_counts_week_is_a_date" CHECK("week" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `weekly_counts_new` SELECT `week`, `channel`, `dim_a`, `value_a`, `dim_b`, `value_b`, `responses` FROM `weekly_counts`;
--> statement-breakpoint
DROP TABLE `weekly_counts`;
--> statement-breakpoint
ALTER TABLE `weekly_counts_new` RENAME TO `weekly_counts`;
--> statement-breakpoint
CREATE TABLE `daily_counts_new` (
	`day` text NOT NULL,
	`channel` text NOT NULL,
	`dim` text NOT NULL,
	`value` text NOT NULL,
	`responses` integer NOT NULL,
	PRIMARY KEY(`dim`, `day`, `value`, `channel`),
	CONSTRAINT "daily_counts_day_is_a_date" CHECK("day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `daily_counts_new` SELECT `day`, `channel`, `dim`, `value`, `responses` FROM `daily_counts`;
--> statement-breakpoint
DROP TABLE `daily_counts`;
--> statement-breakpoint
ALTER TABLE `daily_counts_new` RENAME TO `daily_counts`;
