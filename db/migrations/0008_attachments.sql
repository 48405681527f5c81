CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`author` text NOT NULL,
	`person_id` text,
	`meta` text NOT NULL,
	`size` integer NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`state` text NOT NULL,
	`upload_id` text DEFAULT '' NOT NULL,
	`parts` text DEFAULT '[]' NOT NULL,
	`on` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachments_case` ON `attachments` (`case_id`);