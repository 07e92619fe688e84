CREATE TABLE "stats_scan_counts" (
	"partition_name" text NOT NULL,
	"month" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"scans" integer NOT NULL,
	CONSTRAINT "stats_scan_counts_month_partition_name_batch_id_pk" PRIMARY KEY("month","partition_name","batch_id")
);
--> statement-breakpoint
CREATE TABLE "stats_scan_partitions" (
	"partition_name" text PRIMARY KEY NOT NULL,
	"attachment" text NOT NULL,
	"counted_at" timestamp with time zone NOT NULL
);
