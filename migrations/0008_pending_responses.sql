-- Written from drizzle-kit's output, WITHOUT ROWID added by hand (drizzle-kit cannot say it):
-- rows sit in key order (a random reference code, a random message id), so nothing stored
-- says which check or message came first.
-- New tables only: `responses` is not rebuilt (README, "Write path").
CREATE TABLE `dead_letters` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `pending_responses` (
	`reference` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`response` text NOT NULL,
	CONSTRAINT "pending_reference_is_a_code" CHECK(length("pending_responses"."reference") = 8),
	CONSTRAINT "pending_day_is_a_date" CHECK("pending_responses"."day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
