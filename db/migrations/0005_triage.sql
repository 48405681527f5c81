ALTER TABLE `case_keys` ADD `due_on` text DEFAULT '9999-12-31' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_keys` ADD `received_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `case_keys_triage` ON `case_keys` (`person_id`,`kind`,`due_on`,`case_id`);--> statement-breakpoint
CREATE INDEX `case_keys_received` ON `case_keys` (`person_id`,`kind`,`received_on`,`case_id`);--> statement-breakpoint
ALTER TABLE `cases` ADD `next_due_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `next_due_kind` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `summary` text;--> statement-breakpoint
CREATE INDEX `cases_next_due` ON `cases` (`next_due_on`);--> statement-breakpoint
UPDATE `case_keys` SET `received_on` = (SELECT `received_on` FROM `cases` WHERE `cases`.`id` = `case_keys`.`case_id`);
