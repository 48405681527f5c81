CREATE TABLE `concerned_disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`person_concerned_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`legal_basis` text NOT NULL,
	`disclosed_to` text NOT NULL,
	`state` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`disclosed_on` text
);
--> statement-breakpoint
CREATE INDEX `concerned_disclosures_case` ON `concerned_disclosures` (`case_id`);--> statement-breakpoint
CREATE TABLE `persons_concerned` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`record` text NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	`informed_on` text,
	`inform_deferred_on` text,
	`deferral_reason` text,
	`heard_on` text
);
--> statement-breakpoint
CREATE INDEX `persons_concerned_case` ON `persons_concerned` (`case_id`);