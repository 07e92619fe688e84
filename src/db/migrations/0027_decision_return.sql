ALTER TABLE "decisions" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "returned_by" uuid;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "returned_by_name" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_returned_by_accounts_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;