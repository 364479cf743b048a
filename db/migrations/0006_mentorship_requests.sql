CREATE TYPE "public"."mentorship_goal" AS ENUM('thesis', 'internship', 'startup', 'career', 'other');--> statement-breakpoint
CREATE TYPE "public"."mentorship_status" AS ENUM('pending', 'accepted', 'declined', 'more_info', 'withdrawn', 'expired');--> statement-breakpoint
CREATE TABLE "mentorship_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"from_status" "mentorship_status",
	"to_status" "mentorship_status",
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorship_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"goal" "mentorship_goal" NOT NULL,
	"message" text NOT NULL,
	"status" "mentorship_status" DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_not_self" CHECK ("mentorship_requests"."student_id" <> "mentorship_requests"."mentor_id"),
	CONSTRAINT "mentorship_decline_reason" CHECK (("mentorship_requests"."status" = 'declined') = ("mentorship_requests"."decline_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "mentoring_auto_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentorship_events" ADD CONSTRAINT "mentorship_events_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_events" ADD CONSTRAINT "mentorship_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_student_id_people_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentorship_events_request_id_created_at_index" ON "mentorship_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_requests_mentor_id_status_index" ON "mentorship_requests" USING btree ("mentor_id","status");--> statement-breakpoint
CREATE INDEX "mentorship_requests_student_id_status_index" ON "mentorship_requests" USING btree ("student_id","status");--> statement-breakpoint
CREATE INDEX "mentorship_requests_status_expires_at_index" ON "mentorship_requests" USING btree ("status","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_requests_open_pair" ON "mentorship_requests" USING btree ("student_id","mentor_id") WHERE "mentorship_requests"."status" in ('pending', 'more_info', 'accepted');