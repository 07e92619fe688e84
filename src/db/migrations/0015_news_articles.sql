CREATE TABLE "news_article_producers" (
	"article_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	CONSTRAINT "news_article_producers_article_id_producer_id_pk" PRIMARY KEY("article_id","producer_id")
);
--> statement-breakpoint
CREATE TABLE "news_article_products" (
	"article_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "news_article_products_article_id_product_id_pk" PRIMARY KEY("article_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "news_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
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
ALTER TABLE "news_article_producers" ADD CONSTRAINT "news_article_producers_article_id_news_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."news_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_article_producers" ADD CONSTRAINT "news_article_producers_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_article_products" ADD CONSTRAINT "news_article_products_article_id_news_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."news_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_article_products" ADD CONSTRAINT "news_article_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_articles" ADD CONSTRAINT "news_articles_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_articles" ADD CONSTRAINT "news_articles_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_articles" ADD CONSTRAINT "news_articles_reviewed_by_accounts_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_source_result_id_round_results_id_fk" FOREIGN KEY ("source_result_id") REFERENCES "public"."round_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_consultant_id_consultants_id_fk" FOREIGN KEY ("consultant_id") REFERENCES "public"."consultants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_star_candidates" ADD CONSTRAINT "five_star_candidates_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_article_producers_producer_idx" ON "news_article_producers" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "news_article_products_product_idx" ON "news_article_products" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "news_articles_slug_idx" ON "news_articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "news_articles_unit_idx" ON "news_articles" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "news_articles_status_published_idx" ON "news_articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "five_star_candidates_unit_idx" ON "five_star_candidates" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "five_star_candidates_live_product_key" ON "five_star_candidates" USING btree ("product_id") WHERE "five_star_candidates"."status" <> 'dropped';