CREATE TABLE "stats_certificates" (
	"province_id" uuid,
	"commune_id" uuid,
	"former_province_id" uuid,
	"former_district_id" uuid,
	"stars" integer NOT NULL,
	"product_set" integer NOT NULL,
	"product_group" integer,
	"producer_type" text NOT NULL,
	"issue_year" integer NOT NULL,
	"status" text NOT NULL,
	"certificates" integer NOT NULL,
	"products" integer NOT NULL,
	"expiring" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_councils" (
	"province_id" uuid,
	"council_level" text NOT NULL,
	"year" integer NOT NULL,
	"rounds" integer NOT NULL,
	"products_scored" integer NOT NULL,
	"products_rescored" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_dossiers" (
	"province_id" uuid,
	"commune_id" uuid,
	"status" text NOT NULL,
	"dossier_type" text NOT NULL,
	"product_set" integer NOT NULL,
	"product_group" integer,
	"year" integer NOT NULL,
	"dossiers" integer NOT NULL,
	"overdue" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_lead_times" (
	"scope_level" text NOT NULL,
	"unit_id" uuid,
	"year" integer NOT NULL,
	"stage" text NOT NULL,
	"dossiers" integer NOT NULL,
	"median_days" real NOT NULL,
	"p90_days" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_products" (
	"province_id" uuid,
	"commune_id" uuid,
	"product_set" integer NOT NULL,
	"product_group" integer,
	"producer_type" text NOT NULL,
	"status" text NOT NULL,
	"products" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_refresh" (
	"id" text PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"as_of" date NOT NULL,
	"duration_ms" integer NOT NULL,
	"scope" text NOT NULL,
	"stale_since" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stats_stamps" (
	"province_id" uuid,
	"producer_id" uuid,
	"month" text NOT NULL,
	"ordered" integer NOT NULL,
	"scans" integer NOT NULL,
	"suspected_copies" integer NOT NULL,
	"fake_reports" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_unit_map" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"commune_id" uuid,
	"province_id" uuid,
	"former_commune_id" uuid,
	"former_district_id" uuid,
	"former_province_id" uuid
);
--> statement-breakpoint
CREATE INDEX "stats_certificates_province_idx" ON "stats_certificates" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "stats_certificates_commune_idx" ON "stats_certificates" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "stats_councils_province_idx" ON "stats_councils" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "stats_dossiers_province_idx" ON "stats_dossiers" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "stats_dossiers_commune_idx" ON "stats_dossiers" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "stats_lead_times_unit_idx" ON "stats_lead_times" USING btree ("scope_level","unit_id");--> statement-breakpoint
CREATE INDEX "stats_products_province_idx" ON "stats_products" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "stats_products_commune_idx" ON "stats_products" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "stats_stamps_province_idx" ON "stats_stamps" USING btree ("province_id","month");--> statement-breakpoint
CREATE INDEX "stats_stamps_producer_idx" ON "stats_stamps" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "stats_unit_map_province_idx" ON "stats_unit_map" USING btree ("province_id");