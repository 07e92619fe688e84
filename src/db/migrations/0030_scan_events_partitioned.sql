-- Scan events partitioned by month of scanned_at, so ten million scans a month stay cheap to write
-- and an old month is dropped by detaching one table. drizzle-kit cannot declare partitioning: this
-- SQL replaces the primary-key change it generated. A partitioned table's primary key must include
-- the partition key, hence (id, scanned_at). Rows already recorded go to the default partition; the
-- daily scan-partitions job creates the monthly partitions ahead (moving that month's rows out of
-- the default partition). The id sequence is kept, so ids keep growing.
ALTER TABLE "scan_events" RENAME TO "scan_events_unpartitioned";
--> statement-breakpoint
ALTER TABLE "scan_events_unpartitioned" RENAME CONSTRAINT "scan_events_pkey" TO "scan_events_unpartitioned_pkey";
--> statement-breakpoint
ALTER INDEX "scan_events_serial_at_idx" RENAME TO "scan_events_unpartitioned_serial_at_idx";
--> statement-breakpoint
CREATE TABLE "scan_events" (
	"id" bigint DEFAULT nextval('scan_events_id_seq'::regclass) NOT NULL,
	"serial" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"network_hash" text NOT NULL,
	"user_agent_class" text NOT NULL,
	CONSTRAINT "scan_events_id_scanned_at_pk" PRIMARY KEY("id","scanned_at")
) PARTITION BY RANGE ("scanned_at");
--> statement-breakpoint
ALTER SEQUENCE "scan_events_id_seq" OWNED BY "scan_events"."id";
--> statement-breakpoint
CREATE INDEX "scan_events_serial_at_idx" ON "scan_events" USING btree ("serial","scanned_at");
--> statement-breakpoint
CREATE TABLE "scan_events_default" PARTITION OF "scan_events" DEFAULT;
--> statement-breakpoint
INSERT INTO "scan_events" ("id", "serial", "batch_id", "scanned_at", "network_hash", "user_agent_class")
	SELECT "id", "serial", "batch_id", "scanned_at", "network_hash", "user_agent_class" FROM "scan_events_unpartitioned";
--> statement-breakpoint
DROP TABLE "scan_events_unpartitioned";
