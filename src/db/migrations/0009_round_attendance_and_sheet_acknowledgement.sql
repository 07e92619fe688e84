CREATE TABLE "round_attendance" (
	"round_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"is_present" boolean NOT NULL,
	"left_at" timestamp with time zone,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "round_attendance_round_id_member_id_pk" PRIMARY KEY("round_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "round_results" ADD COLUMN "route_reading" text;--> statement-breakpoint
ALTER TABLE "round_results" ADD COLUMN "sheet_acknowledgement" jsonb;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "evaluation_mode" text DEFAULT 'meeting' NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "chaired_by" text;--> statement-breakpoint
ALTER TABLE "round_attendance" ADD CONSTRAINT "round_attendance_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_attendance" ADD CONSTRAINT "round_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_attendance" ADD CONSTRAINT "round_attendance_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;