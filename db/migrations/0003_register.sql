CREATE TABLE `register` (
	`id` text PRIMARY KEY NOT NULL,
	`channel_id` text NOT NULL,
	`channel_kind` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`received_on` text NOT NULL,
	`acknowledged_on` text,
	`follow_up_on` text,
	`feedback_on` text,
	`outcome_communicated_on` text,
	`closed_on` text,
	`outcome` text,
	`extended` integer NOT NULL,
	`retaliation_claim` integer NOT NULL,
	`deleted_on` text NOT NULL,
	`deletion_basis` text NOT NULL
);
