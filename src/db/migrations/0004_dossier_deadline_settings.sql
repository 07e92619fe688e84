CREATE TABLE "dossier_deadline_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"settings" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_deadline_settings_unit_from_key" UNIQUE("unit_id","effective_from")
);
--> statement-breakpoint
ALTER TABLE "dossier_deadline_settings" ADD CONSTRAINT "dossier_deadline_settings_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_deadline_settings" ADD CONSTRAINT "dossier_deadline_settings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;