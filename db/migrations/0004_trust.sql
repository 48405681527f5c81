CREATE TABLE `audit_checkpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`person_id` text NOT NULL,
	`body` text NOT NULL,
	`signature` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channel_key_seals` (
	`person_id` text PRIMARY KEY NOT NULL,
	`sealed` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rosters` (
	`serial` integer PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`signature` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text
);
--> statement-breakpoint
ALTER TABLE `persons` ADD `signing_key` text;