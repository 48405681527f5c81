CREATE TABLE `case_records` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`transcribes` text,
	`version` integer NOT NULL,
	`agreed_version` integer,
	`agreed_on` text,
	`on` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `case_records_case` ON `case_records` (`case_id`);--> statement-breakpoint
ALTER TABLE `attachments` ADD `keep_recording` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `meeting_requested_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `meeting_proposed_on` text;