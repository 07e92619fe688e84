CREATE TABLE "rubric_sheet_hashes" (
	"version_key" text NOT NULL,
	"set_number" integer NOT NULL,
	"content_hash" text NOT NULL,
	CONSTRAINT "rubric_sheet_hashes_version_key_set_number_pk" PRIMARY KEY("version_key","set_number")
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "rubric_content_hash" text;