CREATE TABLE `case_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`at` text NOT NULL,
	`ciphertext` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `case_notes_case` ON `case_notes` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `channel_questions` (
	`channel_id` text NOT NULL,
	`version` integer NOT NULL,
	`questions` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`channel_id`, `version`)
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `notes_recipient` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `assignee_id` text;