CREATE TABLE `pending_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`change` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`channel_id` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_notices_person` ON `staff_notices` (`person_id`);--> statement-breakpoint
CREATE TABLE `staff_texts` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`person_id` text NOT NULL,
	`on` text NOT NULL,
	`ciphertext` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_texts_case` ON `staff_texts` (`case_id`);