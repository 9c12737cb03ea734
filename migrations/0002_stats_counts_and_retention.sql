CREATE TABLE `daily_counts` (
	`day` text NOT NULL,
	`channel` text NOT NULL,
	`dim` text NOT NULL,
	`value` text NOT NULL,
	`responses` integer NOT NULL,
	PRIMARY KEY(`dim`, `day`, `value`, `channel`),
	CONSTRAINT "daily_counts_day_is_a_date" CHECK("daily_counts"."day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
--> statement-breakpoint
CREATE TABLE `purged_references` (
	`reference` text PRIMARY KEY NOT NULL,
	CONSTRAINT "purged_reference_is_a_code" CHECK(length("purged_references"."reference") = 8)
);
--> statement-breakpoint
CREATE TABLE `weekly_counts` (
	`week` text NOT NULL,
	`channel` text NOT NULL,
	`dim_a` text NOT NULL,
	`value_a` text NOT NULL,
	`dim_b` text NOT NULL,
	`value_b` text NOT NULL,
	`responses` integer NOT NULL,
	PRIMARY KEY(`dim_a`, `dim_b`, `week`, `value_a`, `value_b`, `channel`),
	CONSTRAINT "weekly_counts_week_is_a_date" CHECK("weekly_counts"."week" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
