-- unaccent() is only STABLE; a generated column needs an IMMUTABLE function (same dictionary, fixed).
CREATE OR REPLACE FUNCTION passerelle_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, passerelle_unaccent(coalesce(title, '') || ' ' || coalesce(abstract, '')))) STORED;--> statement-breakpoint
CREATE INDEX "publications_search_vector" ON "publications" USING gin ("search_vector");