CREATE TABLE "stats_certificates_nation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stats_certificates_nation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
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
CREATE TABLE "stats_certificates_provinces" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stats_certificates_provinces_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_id" uuid,
	"former_province_id" uuid,
	"stars" integer NOT NULL,
	"product_group" integer,
	"issue_year" integer NOT NULL,
	"status" text NOT NULL,
	"certificates" integer NOT NULL,
	"products" integer NOT NULL,
	"expiring" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_stamps_provinces" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stats_stamps_provinces_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_id" uuid,
	"month" text NOT NULL,
	"ordered" integer NOT NULL,
	"scans" integer NOT NULL,
	"suspected_copies" integer NOT NULL,
	"fake_reports" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_certificates_provinces_province_idx" ON "stats_certificates_provinces" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "stats_stamps_provinces_province_idx" ON "stats_stamps_provinces" USING btree ("province_id","month");