CREATE TABLE "pairing_conventions" (
	"pairing_id" uuid PRIMARY KEY NOT NULL,
	"signed_on" timestamp with time zone NOT NULL,
	"signatories" text NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"file_size" integer NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "represents" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "pairing_events" ADD COLUMN "on_behalf" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "verification_note" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_preferences" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "pairing_conventions" ADD CONSTRAINT "pairing_conventions_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_conventions" ADD CONSTRAINT "pairing_conventions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_email_status_created_at_index" ON "notifications" USING btree ("email_status","created_at");--> statement-breakpoint
-- Notifications written before this migration were e-mailed when they were written.
UPDATE "notifications" SET "email_status" = 'sent';--> statement-breakpoint
-- Members who already answered a pairing for their organization keep answering for it.
UPDATE "memberships" m SET "represents" = true
FROM "pairing_sides" s JOIN "people" p ON p."user_id" = s."decided_by"
WHERE s."organization_id" = m."organization_id" AND p."id" = m."person_id" AND m."is_primary";
