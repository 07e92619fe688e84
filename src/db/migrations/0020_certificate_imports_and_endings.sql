ALTER TABLE "certificates" ALTER COLUMN "decision_item_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "certificates_created" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "end_reason" text;