ALTER TABLE `cases` ADD `time_zone` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `jurisdiction` text;--> statement-breakpoint
ALTER TABLE `channels` ADD `time_zone` text;