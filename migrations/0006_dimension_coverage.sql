CREATE TABLE `dimension_coverage` (
	`dim` text PRIMARY KEY NOT NULL,
	`first_week` text NOT NULL,
	CONSTRAINT "dimension_coverage_first_week_is_a_date" CHECK("dimension_coverage"."first_week" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
--> statement-breakpoint
-- Added by hand: every dimension counted so far has been counted since the first week the
-- stats cover (2024-06-17, src/stats/calendar.ts). Dimensions added later get their row from
-- the app (src/db/coverage.ts), never from a migration.
INSERT INTO `dimension_coverage` (`dim`, `first_week`) VALUES
	('respondent_type', '2024-06-17'),
	('sector', '2024-06-17'),
	('uses_kaspersky', '2024-06-17'),
	('product', '2024-06-17'),
	('platform', '2024-06-17'),
	('ultraav', '2024-06-17'),
	('embedded', '2024-06-17'),
	('state', '2024-06-17'),
	('locale', '2024-06-17'),
	('outcome', '2024-06-17');
