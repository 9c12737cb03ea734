-- Written by hand, after 0005: the phone line's channel `ivr` joins the CHECK on
-- `responses.channel`. SQLite cannot alter a CHECK, so `responses` is rebuilt, and with
-- it `response_choices` (drizzle-kit would rebuild `responses` alone, with a rowid, and
-- dropping it would cascade-delete every choice: D1 enforces foreign keys). As 0005:
-- the new choices table references the new responses table, the old choices table is
-- dropped first, then the renames, the indexes and 0003's trigger again. Both stay
-- WITHOUT ROWID. Same columns (0007's record_key included), keys and constraints.
-- 0008 (pending checks) added tables of its own and no column here.
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
	`record_key` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reference_is_a_code" CHECK(length("reference") = 8),
	CONSTRAINT "channel_is_known" CHECK("channel" in ('web', 'hotline', 'api', 'ivr')),
	CONSTRAINT "day_is_a_date" CHECK("day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `responses_new` SELECT `reference`, `channel`, `locale`, `questionnaire_version`, `guidance_version`, `day`, `respondent`, `sector`, `has_kaspersky`, `devices`, `ultraav`, `embedded`, `state`, `outcome`, `record_key` FROM `responses`;
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
