CREATE TABLE "stats_products_nation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stats_products_nation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"product_set" integer NOT NULL,
	"product_group" integer,
	"producer_type" text NOT NULL,
	"status" text NOT NULL,
	"products" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_products_provinces" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stats_products_provinces_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"province_id" uuid,
	"product_set" integer NOT NULL,
	"product_group" integer,
	"producer_type" text NOT NULL,
	"status" text NOT NULL,
	"products" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_products_provinces_province_idx" ON "stats_products_provinces" USING btree ("province_id");