CREATE TABLE `channel_questions` (
	`channel_id` text NOT NULL,
	`version` integer NOT NULL,
	`questions` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`channel_id`, `version`)
);
