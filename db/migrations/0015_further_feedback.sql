ALTER TABLE `cases` ADD `further_feedback_requested_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `last_feedback_on` text;