CREATE TABLE "event_availability" (
	"registration_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"slot_index" integer NOT NULL,
	CONSTRAINT "event_availability_registration_id_session_id_slot_index_pk" PRIMARY KEY("registration_id","session_id","slot_index")
);
--> statement-breakpoint
CREATE TABLE "event_meeting_outcomes" (
	"meeting_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"agreement_kind" "convention_kind",
	"note" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_meeting_outcomes_meeting_id_registration_id_pk" PRIMARY KEY("meeting_id","registration_id"),
	CONSTRAINT "event_meeting_outcome_agreement" CHECK (("event_meeting_outcomes"."outcome" = 'agreement_reached') = ("event_meeting_outcomes"."agreement_kind" is not null))
);
--> statement-breakpoint
CREATE TABLE "event_meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"from_registration_id" uuid NOT NULL,
	"to_registration_id" uuid NOT NULL,
	"purpose" "convention_kind",
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"must_meet" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_meeting_request_pair" CHECK ("event_meeting_requests"."from_registration_id" <> "event_meeting_requests"."to_registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"session_id" uuid,
	"slot_index" integer,
	"table_number" integer,
	"locked" boolean DEFAULT false NOT NULL,
	"unplaced_reason" text,
	"published_session_id" uuid,
	"published_slot_index" integer,
	"published_table_number" integer,
	"published_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"from_attendance" text,
	"to_attendance" text,
	"pairing_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_meetings_requestId_unique" UNIQUE("request_id"),
	CONSTRAINT "event_meeting_place" CHECK (("event_meetings"."session_id" is null) = ("event_meetings"."slot_index" is null) and ("event_meetings"."slot_index" is null) = ("event_meetings"."table_number" is null))
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'participant' NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"offers" "convention_kind"[] DEFAULT '{}' NOT NULL,
	"needs" "convention_kind"[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"feed_token" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "event_registrations_feedToken_unique" UNIQUE("feed_token")
);
--> statement-breakpoint
CREATE TABLE "event_sectors" (
	"event_id" uuid NOT NULL,
	"sector_id" text NOT NULL,
	CONSTRAINT "event_sectors_event_id_sector_id_pk" PRIMARY KEY("event_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "event_session_speakers" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "event_session_speakers_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text,
	"title_ar" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"slot_minutes" integer,
	"tables" integer,
	CONSTRAINT "event_session_times" CHECK ("event_sessions"."ends_at" > "event_sessions"."starts_at"),
	CONSTRAINT "event_session_meeting_block" CHECK (("event_sessions"."kind" = 'meeting_block') = ("event_sessions"."slot_minutes" is not null and "event_sessions"."tables" is not null))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text,
	"title_ar" text,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text,
	"description_ar" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"city" text NOT NULL,
	"host_organization_id" uuid,
	"venue" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"registration_open" boolean DEFAULT true NOT NULL,
	"request_expiry_hours" integer DEFAULT 72 NOT NULL,
	"open_request_cap" integer DEFAULT 10 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "event_dates" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "event_capacity" CHECK ("events"."capacity" is null or "events"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "event_availability" ADD CONSTRAINT "event_availability_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_availability" ADD CONSTRAINT "event_availability_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "event_meeting_outcomes_meeting_id_event_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."event_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_outcomes" ADD CONSTRAINT "event_meeting_outcomes_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_from_registration_id_event_registrations_id_fk" FOREIGN KEY ("from_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meeting_requests" ADD CONSTRAINT "event_meeting_requests_to_registration_id_event_registrations_id_fk" FOREIGN KEY ("to_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_request_id_event_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."event_meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_published_session_id_event_sessions_id_fk" FOREIGN KEY ("published_session_id") REFERENCES "public"."event_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sectors" ADD CONSTRAINT "event_sectors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sectors" ADD CONSTRAINT "event_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_session_speakers" ADD CONSTRAINT "event_session_speakers_session_id_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_session_speakers" ADD CONSTRAINT "event_session_speakers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_host_organization_id_organizations_id_fk" FOREIGN KEY ("host_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_meeting_requests_event_id_status_index" ON "event_meeting_requests" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "event_meeting_requests_to_registration_id_status_index" ON "event_meeting_requests" USING btree ("to_registration_id","status");--> statement-breakpoint
CREATE INDEX "event_meeting_requests_from_registration_id_status_index" ON "event_meeting_requests" USING btree ("from_registration_id","status");--> statement-breakpoint
CREATE INDEX "event_meeting_requests_status_expires_at_index" ON "event_meeting_requests" USING btree ("status","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_meeting_requests_open_pair" ON "event_meeting_requests" USING btree ("from_registration_id","to_registration_id") WHERE status in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "event_meetings_event_id_index" ON "event_meetings" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_meetings_place" ON "event_meetings" USING btree ("session_id","slot_index","table_number") WHERE session_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_event_id_person_id_index" ON "event_registrations" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "event_registrations_event_id_status_created_at_index" ON "event_registrations" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE INDEX "event_registrations_person_id_index" ON "event_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_session_speakers_person_id_index" ON "event_session_speakers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_sessions_event_id_starts_at_index" ON "event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_starts_on_index" ON "events" USING btree ("starts_on");