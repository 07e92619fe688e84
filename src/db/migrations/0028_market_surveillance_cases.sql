CREATE TABLE "market_case_reports" (
	"case_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"linked_by" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "market_case_reports_case_id_report_id_pk" PRIMARY KEY("case_id","report_id")
);
--> statement-breakpoint
CREATE TABLE "market_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"seller_name" text NOT NULL,
	"place_address" text NOT NULL,
	"observed_on" date NOT NULL,
	"description" text NOT NULL,
	"claimed_product" text NOT NULL,
	"product_id" uuid,
	"claimed_certificate_number" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"investigation_note" text DEFAULT '' NOT NULL,
	"conclusion" text,
	"conclusion_note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"investigated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "market_case_reports" ADD CONSTRAINT "market_case_reports_case_id_market_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."market_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_case_reports" ADD CONSTRAINT "market_case_reports_report_id_stamp_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."stamp_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_case_reports" ADD CONSTRAINT "market_case_reports_linked_by_accounts_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_cases" ADD CONSTRAINT "market_cases_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_cases" ADD CONSTRAINT "market_cases_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_cases" ADD CONSTRAINT "market_cases_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "market_case_reports_report_idx" ON "market_case_reports" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "market_cases_unit_idx" ON "market_cases" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "market_cases_created_idx" ON "market_cases" USING btree ("created_at");