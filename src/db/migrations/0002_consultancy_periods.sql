ALTER TABLE "consultancy_links" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "consultancy_links" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "consultancy_links" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "consultancy_links" ADD CONSTRAINT "consultancy_links_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;