CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"items" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"plan_id" uuid,
	"producer_id" uuid NOT NULL,
	"product_id" uuid,
	"certificate_id" uuid,
	"unit_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"kind" text NOT NULL,
	"inspected_on" date NOT NULL,
	"team" text DEFAULT '' NOT NULL,
	"checklist_version" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" text,
	"conclusion_note" text DEFAULT '' NOT NULL,
	"remedy_due_on" date,
	"remedy_answer" jsonb,
	"revocation_ground_code" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspector_agencies" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"agency" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocation_decision_items" (
	"decision_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"issuer_name" text NOT NULL,
	"place_name" text NOT NULL,
	"legal_bases" jsonb NOT NULL,
	"recipients" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"drafted_by" uuid NOT NULL,
	"drafted_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocation_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"inspection_id" uuid,
	"ground_code" text NOT NULL,
	"grounds_version" text NOT NULL,
	"ground_text" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decision_id" uuid,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_agencies" ADD CONSTRAINT "inspector_agencies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_decision_items" ADD CONSTRAINT "revocation_decision_items_decision_id_revocation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."revocation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_decision_items" ADD CONSTRAINT "revocation_decision_items_proposal_id_revocation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."revocation_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_decisions" ADD CONSTRAINT "revocation_decisions_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_decisions" ADD CONSTRAINT "revocation_decisions_drafted_by_accounts_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_decisions" ADD CONSTRAINT "revocation_decisions_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_proposed_by_accounts_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_plans_unit_idx" ON "inspection_plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_client_key" ON "inspections" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "inspections_unit_idx" ON "inspections" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "inspections_producer_idx" ON "inspections" USING btree ("producer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revocation_decision_items_key" ON "revocation_decision_items" USING btree ("decision_id","proposal_id");--> statement-breakpoint
CREATE INDEX "revocation_decision_items_proposal_idx" ON "revocation_decision_items" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revocation_decisions_number_key" ON "revocation_decisions" USING btree ("unit_id","number") WHERE "revocation_decisions"."status" <> 'returned';--> statement-breakpoint
CREATE INDEX "revocation_decisions_unit_idx" ON "revocation_decisions" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "revocation_proposals_open_key" ON "revocation_proposals" USING btree ("certificate_id") WHERE "revocation_proposals"."status" in ('proposed', 'in_decision');--> statement-breakpoint
CREATE INDEX "revocation_proposals_unit_idx" ON "revocation_proposals" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "revocation_proposals_decision_idx" ON "revocation_proposals" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "revocation_proposals_producer_idx" ON "revocation_proposals" USING btree ("producer_id");