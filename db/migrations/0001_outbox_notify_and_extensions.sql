-- Wake the search worker as soon as an index job commits (NOTIFY is delivered on commit).
CREATE OR REPLACE FUNCTION notify_search_outbox() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('search_outbox', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
  FOR EACH STATEMENT EXECUTE FUNCTION notify_search_outbox();
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
