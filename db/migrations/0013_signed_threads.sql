ALTER TABLE `cases` ADD `reporter_signing_key` text;--> statement-breakpoint
ALTER TABLE `entries` ADD `thread_seq` integer;--> statement-breakpoint
UPDATE `entries` SET `thread_seq` = (SELECT count(*) FROM `entries` `e` WHERE `e`.`case_id` = `entries`.`case_id` AND `e`.`kind` NOT IN ('identity', 'note', 'meeting_request', 'meeting_proposal', 'record', 'record_correction', 'record_agreement') AND `e`.`seq` <= `entries`.`seq`) WHERE `kind` NOT IN ('identity', 'note', 'meeting_request', 'meeting_proposal', 'record', 'record_correction', 'record_agreement');--> statement-breakpoint
CREATE UNIQUE INDEX `entries_case_thread_seq` ON `entries` (`case_id`,`thread_seq`);
