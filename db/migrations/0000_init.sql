CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	`action` text NOT NULL,
	`case_id` text,
	`detail` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_exclusions` (
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`case_id`, `person_id`)
);
--> statement-breakpoint
CREATE TABLE `case_keys` (
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`wrapped` text NOT NULL,
	`granted_at` text NOT NULL,
	`granted_by` text,
	PRIMARY KEY(`case_id`, `person_id`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `case_keys_person` ON `case_keys` (`person_id`);--> statement-breakpoint
CREATE TABLE `cases` (
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
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_login_key_hash_unique` ON `cases` (`login_key_hash`);--> statement-breakpoint
CREATE TABLE `challenges` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`purpose` text NOT NULL,
	`challenge` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channel_members` (
	`channel_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`channel_id`, `person_id`)
);
--> statement-breakpoint
CREATE TABLE `channels` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`legal_basis` text NOT NULL,
	`disclosed_to` text NOT NULL,
	`jeopardises` integer NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`roles` text NOT NULL,
	`channel_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_by` text,
	`person_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_code_hash_unique` ON `enrolments` (`code_hash`);--> statement-breakpoint
CREATE TABLE `entries` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`author` text NOT NULL,
	`person_id` text,
	`on` text NOT NULL,
	`at` text,
	`ciphertext` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_case_seq` ON `entries` (`case_id`,`seq`);--> statement-breakpoint
CREATE TABLE `identity_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`reason` text NOT NULL,
	`requested_at` text NOT NULL,
	`state` text NOT NULL,
	`decided_by` text,
	`decided_at` text
);
--> statement-breakpoint
CREATE TABLE `notice_issuances` (
	`id` text PRIMARY KEY NOT NULL,
	`issued_on` text NOT NULL,
	`version` integer NOT NULL,
	`channel` text NOT NULL,
	`audience_size` integer NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notice_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`profile` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`approved_at` text,
	`approved_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_versions_version_unique` ON `notice_versions` (`version`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`sent_at` text,
	`last_error` text,
	`dedupe_key` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_unique` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE TABLE `passkeys` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`public_key` text NOT NULL,
	`counter` integer NOT NULL,
	`transports` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`display_name` text NOT NULL,
	`roles` text NOT NULL,
	`recipient` text NOT NULL,
	`kdf` text NOT NULL,
	`auth_key_hash` text NOT NULL,
	`sealed_identity` text NOT NULL,
	`recovery_kdf` text,
	`recovery_auth_key_hash` text,
	`recovery_sealed_identity` text,
	`notify_email` text,
	`totp_secret` text,
	`totp_enabled_at` text,
	`totp_last_step` integer,
	`created_at` text NOT NULL,
	`removed_at` text,
	`enrolment_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_handle_unique` ON `persons` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_enrolment_id_unique` ON `persons` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_person` ON `sessions` (`person_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_name` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`time_zone` text NOT NULL,
	`retention_years` integer NOT NULL,
	`reminder_ack_days` integer NOT NULL,
	`reminder_feedback_days` integer NOT NULL,
	`require_totp` integer NOT NULL,
	`require_disclosure_approval` integer NOT NULL,
	`profile` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `transparency_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`report` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` text
);
