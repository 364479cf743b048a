DROP INDEX "search_outbox_pending";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "dead_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "search_outbox" ADD COLUMN "dead_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "email_outbox_dead" ON "email_outbox" USING btree ("dead_at") WHERE "email_outbox"."dead_at" is not null;--> statement-breakpoint
CREATE INDEX "search_outbox_dead" ON "search_outbox" USING btree ("dead_at") WHERE "search_outbox"."dead_at" is not null;--> statement-breakpoint
CREATE INDEX "search_outbox_pending" ON "search_outbox" USING btree ("available_at") WHERE "search_outbox"."processed_at" is null and "search_outbox"."dead_at" is null;