-- Tables with reporting-person events get no physical order that reveals time (issue 11): WITHOUT
-- ROWID stores rows in primary-key order, and the keys are random (case ids, entry ids), so neither a
-- file dump nor an unordered SELECT places a reporter's message among other cases' timed events.
CREATE TABLE `cases_new` (
	`id` text PRIMARY KEY NOT NULL,
	`login_key_hash` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_kind` text DEFAULT 'internal' NOT NULL,
	`jurisdiction` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`received_on` text NOT NULL,
	`acknowledged_on` text,
	`follow_up_on` text,
	`feedback_on` text,
	`closed_on` text,
	`outcome_communicated_on` text,
	`extended` integer DEFAULT false NOT NULL,
	`retaliation_claim` integer DEFAULT false NOT NULL,
	`case_recipient` text NOT NULL,
	`identity_recipient` text,
	`reporter_key` text NOT NULL,
	`legal_hold` text
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `cases_new` SELECT * FROM `cases`;
--> statement-breakpoint
DROP TABLE `cases`;
--> statement-breakpoint
ALTER TABLE `cases_new` RENAME TO `cases`;
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_login_key_hash_unique` ON `cases` (`login_key_hash`);
--> statement-breakpoint
CREATE TABLE `entries_new` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`author` text NOT NULL,
	`person_id` text,
	`on` text NOT NULL,
	`at` text,
	`ciphertext` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `entries_new` SELECT * FROM `entries`;
--> statement-breakpoint
DROP TABLE `entries`;
--> statement-breakpoint
ALTER TABLE `entries_new` RENAME TO `entries`;
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_case_seq` ON `entries` (`case_id`,`seq`);
--> statement-breakpoint
CREATE TABLE `case_keys_new` (
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`wrapped` text NOT NULL,
	`granted_at` text NOT NULL,
	`granted_by` text,
	PRIMARY KEY(`case_id`, `person_id`, `kind`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `case_keys_new` SELECT * FROM `case_keys`;
--> statement-breakpoint
DROP TABLE `case_keys`;
--> statement-breakpoint
ALTER TABLE `case_keys_new` RENAME TO `case_keys`;
--> statement-breakpoint
CREATE INDEX `case_keys_person` ON `case_keys` (`person_id`);
