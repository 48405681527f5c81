ALTER TABLE `cases` ADD `concerned_to_inform` integer DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE `cases` SET `concerned_to_inform` = 1 WHERE `id` IN (SELECT `case_id` FROM `persons_concerned` WHERE `informed_on` IS NULL AND `inform_deferred_on` IS NULL);
