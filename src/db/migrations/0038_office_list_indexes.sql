-- Indexes for the offices' dossier and certificate lists at national scale (200,000 products).
-- drizzle-kit cannot declare INCLUDE columns: the two INCLUDE clauses below are added by hand to
-- the SQL it generated (the schema declares the key columns and says so).
-- dossiers_commune_listing_idx replaces (commune_id, status): a page of an office's dossiers and
-- its count are index-only scans over its communes, status filtered in the index.
-- certificates_listing_idx replaces (valid_until): a page of a large jurisdiction is found by
-- walking the list order in the index alone, testing issuer, holder and the status columns there.
DROP INDEX "dossiers_commune_status_idx";--> statement-breakpoint
DROP INDEX "certificates_valid_until_idx";--> statement-breakpoint
DROP INDEX "producers_commune_idx";--> statement-breakpoint
DROP INDEX "certificates_producer_idx";--> statement-breakpoint
CREATE INDEX "dossiers_commune_listing_idx" ON "dossiers" USING btree ("commune_id") INCLUDE ("status","status_changed_at","id");--> statement-breakpoint
CREATE INDEX "certificates_listing_idx" ON "certificates" USING btree ("valid_until","number") INCLUDE ("issuer_unit_id","producer_id","stars","product_set","revoked_on","superseded_on","ended_on");--> statement-breakpoint
CREATE INDEX "producers_commune_idx" ON "producers" USING btree ("commune_id","id");--> statement-breakpoint
CREATE INDEX "certificates_producer_idx" ON "certificates" USING btree ("producer_id","issuer_unit_id");
