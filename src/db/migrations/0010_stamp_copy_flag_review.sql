CREATE TABLE "stamp_lookup_misses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"network_hash" text NOT NULL,
	"province_unit_id" uuid,
	"hour_start" timestamp with time zone NOT NULL,
	"misses" integer DEFAULT 0 NOT NULL,
	"throttled" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stamp_lookup_misses_key" UNIQUE NULLS NOT DISTINCT("network_hash","province_unit_id","hour_start")
);
--> statement-breakpoint
CREATE TABLE "stamp_scan_windows" (
	"serial" text NOT NULL,
	"network_hash" text NOT NULL,
	"region_hash" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	CONSTRAINT "stamp_scan_windows_serial_period_start_network_hash_pk" PRIMARY KEY("serial","period_start","network_hash")
);
--> statement-breakpoint
ALTER TABLE "stamps" ADD COLUMN "has_strong_copy_signal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stamps" ADD COLUMN "copy_review" text;--> statement-breakpoint
ALTER TABLE "stamps" ADD COLUMN "copy_review_reason" text;--> statement-breakpoint
ALTER TABLE "stamps" ADD COLUMN "copy_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stamps" ADD COLUMN "copy_reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "stamp_lookup_misses" ADD CONSTRAINT "stamp_lookup_misses_province_unit_id_admin_units_id_fk" FOREIGN KEY ("province_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stamp_lookup_misses_hour_idx" ON "stamp_lookup_misses" USING btree ("hour_start");--> statement-breakpoint
ALTER TABLE "stamps" ADD CONSTRAINT "stamps_copy_reviewed_by_accounts_id_fk" FOREIGN KEY ("copy_reviewed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;