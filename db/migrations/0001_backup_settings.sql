CREATE TABLE `backup_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`recipient` text NOT NULL,
	`set_at` text NOT NULL,
	`set_by` text
);
