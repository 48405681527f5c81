CREATE TABLE `releases` (
	`id` text PRIMARY KEY NOT NULL,
	`manifest` text NOT NULL,
	`body` text NOT NULL,
	`signature` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
