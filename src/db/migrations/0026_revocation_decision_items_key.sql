DROP INDEX "revocation_decision_items_key";--> statement-breakpoint
ALTER TABLE "revocation_decision_items" ADD CONSTRAINT "revocation_decision_items_pkey" PRIMARY KEY("decision_id","proposal_id");