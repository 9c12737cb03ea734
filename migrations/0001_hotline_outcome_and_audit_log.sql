CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff` text NOT NULL,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	`at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `responses` ADD `outcome` text;