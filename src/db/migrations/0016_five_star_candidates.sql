CREATE TABLE "five_star_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"source_result_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"consultant_id" uuid,
	"budget_vnd" bigint,
	"deadline" date,
	"improvements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_note" text DEFAULT '' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_source_result_id_round_results_id_fk" FOREIGN KEY ("source_result_id") REFERENCES "public"."round_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_consultant_id_consultants_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."consultants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "five_star_candidates_unit_idx" ON "five_star_candidates" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "five_star_candidates_live_product_key" ON "five_star_candidates" USING btree ("product_id") WHERE "five_star_candidates"."status" <> 'dropped';