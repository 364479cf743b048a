/**
 * The PostgreSQL alternative to Meilisearch, written as a careful PostgreSQL shop would: a
 * materialized view with one weighted tsvector per listed person (simple + unaccent, skill labels
 * in French, English and Arabic plus the taxonomy's synonyms and abbreviations, the skills'
 * broader concepts), GIN indexes, and typo tolerance the way the pg_trgm documentation advises:
 * a dictionary of the indexed words with a trigram index, used to correct each query word before
 * the full-text match. Every object carries the prefix: `bench_` for the benchmark
 * (bench/pg-alternative.ts), `search_fallback_` for the app while Meilisearch is down
 * (search/pg-fallback.ts).
 */
export function pgSearchSetup(p: string): string[] {
  return [
    `drop materialized view if exists ${p}people cascade`,
    `drop table if exists ${p}words`,
    `do $$ begin
     if not exists (select 1 from pg_ts_config where cfgname = '${p}search') then
       create text search configuration ${p}search (copy = simple);
       alter text search configuration ${p}search
         alter mapping for hword, hword_part, word with unaccent, simple;
     end if;
   end $$`,
    // Fresh bulk loads have no statistics yet: without them the planner picks nested loops.
    `analyze people, person_skills, skills, person_sectors, person_languages, offers_needs,
     memberships, organizations, publications, publication_authors`,
    `create materialized view ${p}people as
   with recursive ancestry(skill_id, ancestor_id, depth) as (
     select id, broader_id, 1 from skills where broader_id is not null
     union all
     select a.skill_id, s.broader_id, a.depth + 1
     from ancestry a join skills s on s.id = a.ancestor_id
     where s.broader_id is not null and a.depth < 8
   ),
   -- Per concept, once: its labels with every synonym and abbreviation, and its broader labels.
   concept as (
     select s.id, s.label_fr, s.label_en, s.label_ar,
       concat_ws(' ', s.label_fr, s.label_en, s.label_ar,
         (select string_agg(v, ' ') from jsonb_array_elements_text(s.synonyms->'fr') v),
         (select string_agg(v, ' ') from jsonb_array_elements_text(s.synonyms->'en') v),
         (select string_agg(v, ' ') from jsonb_array_elements_text(s.synonyms->'ar') v)) as text,
       (select string_agg(concat_ws(' ', r.label_fr, r.label_en, r.label_ar), ' ')
          from ancestry a join skills r on r.id = a.ancestor_id
          where a.skill_id = s.id) as related
     from skills s
   ),
   held as (
     select ps.person_id,
       array_agg(ps.skill_id order by ps.level desc) filter (where ps.skill_id is not null) as skills,
       array_agg(c.label_fr order by ps.level desc) filter (where c.id is not null) as skills_fr,
       array_agg(c.label_en order by ps.level desc) filter (where c.id is not null) as skills_en,
       array_agg(c.label_ar order by ps.level desc) filter (where c.id is not null) as skills_ar,
       string_agg(coalesce(c.text, ps.free_label), ' ') as skill_text,
       string_agg(c.related, ' ') as related
     from person_skills ps left join concept c on c.id = ps.skill_id
     group by ps.person_id
   ),
   secs as (
     select x.person_id, array_agg(x.sector_id) as sectors,
       string_agg(concat_ws(' ', s.label_fr, s.label_en, s.label_ar), ' ') as text
     from person_sectors x join sectors s on s.id = x.sector_id group by x.person_id
   ),
   langs as (
     select person_id, array_agg(language) as languages from person_languages group by person_id
   ),
   offers as (
     select person_id, array_agg(distinct kind::text) as offers
     from offers_needs where direction = 'offer' and person_id is not null group by person_id
   ),
   orgs as (
     select m.person_id, array_agg(o.name order by m.is_primary desc) as organization
     from memberships m join organizations o on o.id = m.organization_id group by m.person_id
   ),
   pubs as (
     select a.person_id, string_agg(p.title, ' ') as titles
     from publication_authors a join publications p on p.id = a.publication_id group by a.person_id
   )
   select p.id, p.slug, p.full_name as name, p.kind::text as kind, p.headline, p.country, p.city,
     (p.mentoring_status = 'open' and p.mentoring_capacity > 0) as mentoring_open,
     coalesce(h.skills, '{}') as skills, coalesce(h.skills_fr, '{}') as skills_fr,
     coalesce(h.skills_en, '{}') as skills_en, coalesce(h.skills_ar, '{}') as skills_ar,
     coalesce(secs.sectors, '{}') as sectors, coalesce(langs.languages, '{}') as languages,
     coalesce(offers.offers, '{}') as offers, coalesce(orgs.organization, '{}') as organization,
     setweight(to_tsvector('${p}search', p.full_name), 'A')
       || setweight(to_tsvector('${p}search', coalesce(h.skill_text, '')), 'A')
       || setweight(to_tsvector('${p}search', p.headline), 'B')
       || setweight(to_tsvector('${p}search', coalesce(h.related, '')), 'B')
       || setweight(to_tsvector('${p}search', concat_ws(' ',
            array_to_string(orgs.organization, ' '), secs.text, p.city)), 'C')
       || setweight(to_tsvector('${p}search',
            concat_ws(' ', left(p.bio, 600), pubs.titles)), 'D') as doc
   from people p
   left join held h on h.person_id = p.id
   left join secs on secs.person_id = p.id
   left join langs on langs.person_id = p.id
   left join offers on offers.person_id = p.id
   left join orgs on orgs.person_id = p.id
   left join pubs on pubs.person_id = p.id
   where p.kind <> 'student' and p.visibility = 'public' and p.verification = 'verified'`,
    `create unique index ${p}people_id on ${p}people (id)`,
    `create index ${p}people_doc on ${p}people using gin (doc)`,
    `create index ${p}people_country on ${p}people (country)`,
    `create index ${p}people_city on ${p}people (city)`,
    `create index ${p}people_kind on ${p}people (kind)`,
    `create index ${p}people_arrays on ${p}people
     using gin (skills, sectors, languages, offers, organization)`,
    `create index ${p}people_name on ${p}people (name)`,
    // The typo dictionary: every word indexed anywhere, with how many people use it.
    `create table ${p}words as
     select word, ndoc from ts_stat('select doc from ${p}people')`,
    `create index ${p}words_trgm on ${p}words using gin (word gin_trgm_ops)`,
    `create unique index ${p}words_word on ${p}words (word)`,
    /**
     * The query's words, each kept when the dictionary knows it, otherwise replaced by its closest
     * known words (trigram similarity, then frequency); unknown words with no neighbour are dropped,
     * like Meilisearch's "last" matching strategy drops what cannot match.
     */
    `create or replace function ${p}tsquery(q text) returns tsquery
     language plpgsql stable parallel safe as $$
   declare
     result tsquery;
     alternatives tsquery;
     term text;
   begin
     for term in
       select lexeme from unnest(to_tsvector('${p}search', q)) order by positions[1]
     loop
       if exists (select 1 from ${p}words where word = term) then
         alternatives := quote_literal(term)::tsquery;
       else
         select string_agg(quote_literal(w.word), ' | ')::tsquery into alternatives
         from (select word from ${p}words
               where word % term
               order by similarity(word, term) desc, ndoc desc limit 3) w;
       end if;
       if alternatives is null then continue; end if;
       result := case when result is null then alternatives else result && alternatives end;
     end loop;
     return result;
   end $$`,
    `analyze ${p}people`,
    `analyze ${p}words`,
  ];
}

/** Every object pgSearchSetup(p) creates, dropped (before migrations: the view pins columns). */
export function pgSearchTeardown(p: string): string[] {
  return [
    `drop materialized view if exists ${p}people cascade`,
    `drop table if exists ${p}words`,
    `drop function if exists ${p}tsquery(text)`,
  ];
}
