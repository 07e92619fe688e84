ALTER TABLE "stamp_batches" ADD COLUMN "label_layout" text DEFAULT 'a4-24' NOT NULL;--> statement-breakpoint
ALTER TABLE "stamp_label_jobs" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "stamp_label_jobs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stamp_label_jobs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stamp_label_jobs" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "stamp_label_jobs_status_idx" ON "stamp_label_jobs" USING btree ("status","created_at");