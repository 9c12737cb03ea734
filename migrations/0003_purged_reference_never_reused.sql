-- A reference code whose response was purged must never name a new check: its
-- holder would open a stranger's result. Codes are random, so a repeat is rare
-- (about one in a million per check once a million are purged), but not never.
-- The insert is refused like a taken code, and the app draws another.
CREATE TRIGGER `responses_reference_not_purged` BEFORE INSERT ON `responses`
WHEN EXISTS (SELECT 1 FROM `purged_references` WHERE `reference` = NEW.`reference`)
BEGIN
	SELECT RAISE(ABORT, 'reference was purged');
END;
