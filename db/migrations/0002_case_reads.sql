CREATE TABLE `case_reads` (
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`seen_seq` integer DEFAULT 0 NOT NULL,
	`notified_seq` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`case_id`, `person_id`)
);
