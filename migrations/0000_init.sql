CREATE TABLE `response_choices` (
	`reference` text NOT NULL,
	`question` text NOT NULL,
	`option` text NOT NULL,
	PRIMARY KEY(`reference`, `question`, `option`),
	FOREIGN KEY (`reference`) REFERENCES `responses`(`reference`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `response_choices_question_option` ON `response_choices` (`question`,`option`);--> statement-breakpoint
CREATE TABLE `responses` (
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
	CONSTRAINT "reference_is_a_code" CHECK(length("responses"."reference") = 8),
	CONSTRAINT "channel_is_known" CHECK("responses"."channel" in ('web', 'hotline', 'api')),
	CONSTRAINT "day_is_a_date" CHECK("responses"."day" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
--> statement-breakpoint
CREATE INDEX `responses_day` ON `responses` (`day`);