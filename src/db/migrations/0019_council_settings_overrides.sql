CREATE TABLE "council_settings_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_settings_overrides_unit_from_key" UNIQUE("unit_id","effective_from")
);
--> statement-breakpoint
ALTER TABLE "council_settings_overrides" ADD CONSTRAINT "council_settings_overrides_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_settings_overrides" ADD CONSTRAINT "council_settings_overrides_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;