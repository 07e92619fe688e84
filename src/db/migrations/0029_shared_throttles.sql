-- Counters shared by every process on one PostgreSQL: the sign-in throttle's failure times per key,
-- and the request counts of the rate limits. UNLOGGED: cheap to write, emptied after a crash (a
-- throttle that forgets is harmless). Not in the Drizzle schema, so backups leave them out.
CREATE UNLOGGED TABLE IF NOT EXISTS "shared_throttle_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"times" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "shared_throttle_keys_expires_idx" ON "shared_throttle_keys" ("expires_at");
--> statement-breakpoint
CREATE UNLOGGED TABLE IF NOT EXISTS "shared_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_ms" bigint NOT NULL,
	"hits" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "shared_rate_limits_expires_idx" ON "shared_rate_limits" ("expires_at");
