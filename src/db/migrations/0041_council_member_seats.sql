ALTER TABLE "council_members" ADD COLUMN "seat" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Seats already recorded keep the order the council has shown them in: creation, then storage order.
UPDATE "council_members" AS m SET "seat" = o.seat
FROM (
	SELECT id, (row_number() OVER (PARTITION BY council_id ORDER BY created_at, ctid) - 1)::integer AS seat
	FROM "council_members"
) AS o
WHERE m.id = o.id;
