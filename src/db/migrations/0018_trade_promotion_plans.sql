CREATE TABLE "trade_promotion_plan_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"month" integer NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"place" text DEFAULT '' NOT NULL,
	"trade_event_id" uuid
);
--> statement-breakpoint
CREATE TABLE "trade_promotion_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "trade_promotion_plan_events" ADD CONSTRAINT "trade_promotion_plan_events_plan_id_trade_promotion_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."trade_promotion_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_promotion_plan_events" ADD CONSTRAINT "trade_promotion_plan_events_trade_event_id_trade_events_id_fk" FOREIGN KEY ("trade_event_id") REFERENCES "public"."trade_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_promotion_plans" ADD CONSTRAINT "trade_promotion_plans_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_promotion_plans" ADD CONSTRAINT "trade_promotion_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_promotion_plans" ADD CONSTRAINT "trade_promotion_plans_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trade_promotion_plan_events_plan_idx" ON "trade_promotion_plan_events" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trade_promotion_plans_unit_year_idx" ON "trade_promotion_plans" USING btree ("unit_id","year");