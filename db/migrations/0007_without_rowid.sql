-- Tables with reporting-person events get no physical order that reveals time (issue 11): WITHOUT
-- ROWID stores rows in primary-key order, and the keys are random (case ids, entry ids), so neither a
-- file dump nor an unordered SELECT places a reporter's message among other cases' timed events.
-- drizzle-kit does not know WITHOUT ROWID: any later rebuild of these three tables must keep it.
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
	`legal_hold` text,
	`next_due_on` text,
	`next_due_kind` text,
	`summary` text
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `cases_new` (`id`, `login_key_hash`, `channel_id`, `channel_kind`, `jurisdiction`, `status`, `outcome`, `received_on`, `acknowledged_on`, `follow_up_on`, `feedback_on`, `closed_on`, `outcome_communicated_on`, `extended`, `retaliation_claim`, `case_recipient`, `identity_recipient`, `reporter_key`, `legal_hold`, `next_due_on`, `next_due_kind`, `summary`) SELECT `id`, `login_key_hash`, `channel_id`, `channel_kind`, `jurisdiction`, `status`, `outcome`, `received_on`, `acknowledged_on`, `follow_up_on`, `feedback_on`, `closed_on`, `outcome_communicated_on`, `extended`, `retaliation_claim`, `case_recipient`, `identity_recipient`, `reporter_key`, `legal_hold`, `next_due_on`, `next_due_kind`, `summary` FROM `cases`;
--> statement-breakpoint
DROP TABLE `cases`;
--> statement-breakpoint
ALTER TABLE `cases_new` RENAME TO `cases`;
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_login_key_hash_unique` ON `cases` (`login_key_hash`);
--> statement-breakpoint
CREATE INDEX `cases_next_due` ON `cases` (`next_due_on`);
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
INSERT INTO `entries_new` (`id`, `case_id`, `seq`, `kind`, `author`, `person_id`, `on`, `at`, `ciphertext`) SELECT `id`, `case_id`, `seq`, `kind`, `author`, `person_id`, `on`, `at`, `ciphertext` FROM `entries`;
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
	`due_on` text DEFAULT '9999-12-31' NOT NULL,
	`received_on` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`case_id`, `person_id`, `kind`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `case_keys_new` (`case_id`, `person_id`, `kind`, `wrapped`, `granted_at`, `granted_by`, `due_on`, `received_on`) SELECT `case_id`, `person_id`, `kind`, `wrapped`, `granted_at`, `granted_by`, `due_on`, `received_on` FROM `case_keys`;
--> statement-breakpoint
DROP TABLE `case_keys`;
--> statement-breakpoint
ALTER TABLE `case_keys_new` RENAME TO `case_keys`;
--> statement-breakpoint
CREATE INDEX `case_keys_person` ON `case_keys` (`person_id`);
--> statement-breakpoint
CREATE INDEX `case_keys_triage` ON `case_keys` (`person_id`,`kind`,`due_on`,`case_id`);
--> statement-breakpoint
CREATE INDEX `case_keys_received` ON `case_keys` (`person_id`,`kind`,`received_on`,`case_id`);
