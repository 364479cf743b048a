CREATE TYPE "public"."pairing_status" AS ENUM('proposed', 'contacted', 'agreed', 'convention_signed', 'active', 'completed', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."pairing_side_decision" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "pairing_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pairing_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"from_status" "pairing_status",
	"to_status" "pairing_status",
	"side" text,
	"decision" "pairing_side_decision",
	"due_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_sides" (
	"pairing_id" uuid NOT NULL,
	"side" text NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"decision" "pairing_side_decision" DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "pairing_sides_pairing_id_side_pk" PRIMARY KEY("pairing_id","side"),
	CONSTRAINT "pairing_side_party" CHECK ("pairing_sides"."person_id" is null or "pairing_sides"."organization_id" is null)
);
--> statement-breakpoint
CREATE TABLE "pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "convention_kind" NOT NULL,
	"status" "pairing_status" DEFAULT 'proposed' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"abandon_reason" text,
	"due_at" timestamp with time zone,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_abandon_reason" CHECK (("pairings"."status" = 'abandoned') = ("pairings"."abandon_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "pairing_events" ADD CONSTRAINT "pairing_events_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_events" ADD CONSTRAINT "pairing_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_sides" ADD CONSTRAINT "pairing_sides_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_sides" ADD CONSTRAINT "pairing_sides_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_sides" ADD CONSTRAINT "pairing_sides_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_sides" ADD CONSTRAINT "pairing_sides_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pairing_events_pairing_id_created_at_index" ON "pairing_events" USING btree ("pairing_id","created_at");--> statement-breakpoint
CREATE INDEX "pairing_sides_person_id_index" ON "pairing_sides" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pairing_sides_organization_id_index" ON "pairing_sides" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "pairings_status_due_at_index" ON "pairings" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "pairings_created_at_index" ON "pairings" USING btree ("created_at");