CREATE TABLE "pairing_reminders" (
	"pairing_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_reminders_pairing_id_due_at_pk" PRIMARY KEY("pairing_id","due_at")
);
--> statement-breakpoint
ALTER TABLE "pairing_reminders" ADD CONSTRAINT "pairing_reminders_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;