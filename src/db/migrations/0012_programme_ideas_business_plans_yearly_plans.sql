CREATE TABLE "business_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"investment_vnd" bigint NOT NULL,
	"annual_capacity" double precision,
	"capacity_unit" text DEFAULT '' NOT NULL,
	"market" text DEFAULT '' NOT NULL,
	"support_needed" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"last_review" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ocop_plan_actuals" (
	"plan_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ocop_plan_actuals_plan_id_indicator_code_pk" PRIMARY KEY("plan_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "ocop_plan_versions" (
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"amendment_reason" text DEFAULT '' NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ocop_plan_versions_plan_id_number_pk" PRIMARY KEY("plan_id","number")
);
--> statement-breakpoint
CREATE TABLE "ocop_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"catalogue_version_id" text NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"approved_version" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"product_name" text NOT NULL,
	"product_set" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"raw_material_area" text DEFAULT '' NOT NULL,
	"raw_material_area_hectares" double precision,
	"market" text DEFAULT '' NOT NULL,
	"novelty" text DEFAULT '' NOT NULL,
	"packaging" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"last_review" jsonb,
	"product_id" uuid,
	"dossier_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_idea_id_product_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."product_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_plans" ADD CONSTRAINT "business_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plan_actuals" ADD CONSTRAINT "ocop_plan_actuals_plan_id_ocop_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."ocop_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plan_actuals" ADD CONSTRAINT "ocop_plan_actuals_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plan_versions" ADD CONSTRAINT "ocop_plan_versions_plan_id_ocop_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."ocop_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plan_versions" ADD CONSTRAINT "ocop_plan_versions_approved_by_accounts_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plans" ADD CONSTRAINT "ocop_plans_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ocop_plans" ADD CONSTRAINT "ocop_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_plans_commune_year_idx" ON "business_plans" USING btree ("commune_id","year");--> statement-breakpoint
CREATE INDEX "business_plans_idea_idx" ON "business_plans" USING btree ("idea_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ocop_plans_unit_year_key" ON "ocop_plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "product_ideas_commune_year_idx" ON "product_ideas" USING btree ("commune_id","year");--> statement-breakpoint
CREATE INDEX "product_ideas_producer_idx" ON "product_ideas" USING btree ("producer_id");