-- Written by hand (drizzle-kit cannot express WITHOUT ROWID). Responses and their choices
-- become WITHOUT ROWID tables, stored in key order (the random reference code first): a
-- rowid numbered rows in the order they were inserted, so numbering a day's hotline
-- responses by rowid and that day's audit entries by id paired each reference with its
-- agent and time, and an edit's re-inserted choices pointed at the edited reference.
-- Same columns, keys, constraints, index and trigger as before.
--
-- D1 enforces foreign keys, and dropping `responses` while `response_choices` references
-- it would cascade-delete every choice. So the new choices table references the new
-- responses table, the old choices table is dropped before the old responses table
-- (nothing references it by then), and renaming `responses_new` rewrites the reference.
CREATE TABLE `responses_new` (
	`reference` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`locale` text NOT NULL,
	`questionnaire_version` integer NOT NULL,
	`guidance_version` integer NOT NULL,
	`day` text NOT NULL,
	`respondent` text,
	`sector` text,
	`has_kaspersky` text,
	`devices` text,
	`ultraav` text,
	`embedded` text,
	`state` text,
	`outcome` text,
	CONSTRAINT "reference_is_a_code" CHECK(length("reference") = 8),
	CONSTRAINT "channel_is_known" CHECK("channel" in ('web', 'hotline', 'api')),
	CONSTRAINT "day_is_a_date" CHECK("day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `responses_new` SELECT `reference`, `channel`, `locale`, `questionnaire_version`, `guidance_version`, `day`, `respondent`, `sector`, `has_kaspersky`, `devices`, `ultraav`, `embedded`, `state`, `outcome` FROM `responses`;
--> statement-breakpoint
CREATE TABLE `response_choices_new` (
	`reference` text NOT NULL,
	`question` text NOT NULL,
	`option` text NOT NULL,
	PRIMARY KEY(`reference`, `question`, `option`),
	FOREIGN KEY (`reference`) REFERENCES `responses_new`(`reference`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `response_choices_new` SELECT `reference`, `question`, `option` FROM `response_choices`;
--> statement-breakpoint
DROP TABLE `response_choices`;
--> statement-breakpoint
DROP TABLE `responses`;
--> statement-breakpoint
ALTER TABLE `responses_new` RENAME TO `responses`;
--> statement-breakpoint
ALTER TABLE `response_choices_new` RENAME TO `response_choices`;
--> statement-breakpoint
CREATE INDEX `responses_day` ON `responses` (`day`);
--> statement-breakpoint
CREATE INDEX `response_choices_question_option` ON `response_choices` (`question`,`option`);
--> statement-breakpoint
-- As in 0003: a purged reference code never names a new check.
CREATE TRIGGER `responses_reference_not_purged` BEFORE INSERT ON `responses`
WHEN EXISTS (SELECT 1 FROM `purged_references` WHERE `reference` = NEW.`reference`)
BEGIN
	SELECT RAISE(ABORT, 'reference was purged');
END;
--> statement-breakpoint
-- Audit entries keep the hour only (src/db/audit.ts): existing times are cut to their hour,
-- and a CHECK refuses anything finer (in two globs: D1 refuses a pattern over 50 characters). Nothing references audit_log, so rebuilding it is
-- safe; ids are kept, and AUTOINCREMENT carries on after the highest.
CREATE TABLE `audit_log_new` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff` text NOT NULL,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	`at` text NOT NULL,
	CONSTRAINT "audit_at_is_an_hour" CHECK(substr("at", 1, 10) glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and substr("at", 11) glob 'T[0-9][0-9]:00Z')
);
--> statement-breakpoint
INSERT INTO `audit_log_new` SELECT `id`, `staff`, `role`, `action`, `detail`, substr(`at`, 1, 13) || ':00Z' FROM `audit_log`;
--> statement-breakpoint
DROP TABLE `audit_log`;
--> statement-breakpoint
ALTER TABLE `audit_log_new` RENAME TO `audit_log`;
