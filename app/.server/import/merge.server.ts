import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";

export type WriteOutcome = "created" | "updated" | "unchanged";

/**
 * Merges the staged chunk (staging.server.ts) into the real tables with a fixed set of statements,
 * whatever its size: first what differs from the stored state (per person, as sets, so the order of
 * a line's lists does not matter), then the writes for created and updated people only, and their
 * search-outbox rows in the same transaction. An unchanged person is not touched at all.
 */
export async function mergeStaged(tx: Executor) {
  for (const statement of [...COMPARE, ...WRITE]) await tx.execute(sql.raw(statement));
  const rows = (await tx.execute<{ personId: string; outcome: WriteOutcome }>(
    sql.raw(`select person_id as "personId", outcome from import_people`),
  )) as unknown as { personId: string; outcome: WriteOutcome }[];
  return rows;
}

// A person's stored details and the staged ones, for known people only (the import's own rows
// of the tables are never scanned whole).
const KNOWN = `select person_id from import_people where not is_new`;
const symmetricDifference = (stored: string, staged: string) => `(
  with stored as (${stored}), staged as (${staged})
  select person_id from ((table stored except table staged) union all (table staged except table stored)) d)`;

const DETAILS_DIFFER = [
  symmetricDifference(
    `select person_id, skill_id, free_label, level from person_skills where person_id in (${KNOWN})`,
    `select person_id, skill_id, free_label, level from import_skills where person_id in (${KNOWN})`,
  ),
  symmetricDifference(
    `select person_id, language, level from person_languages where person_id in (${KNOWN})`,
    `select person_id, language, level from import_languages where person_id in (${KNOWN})`,
  ),
  symmetricDifference(
    `select person_id, sector_id from person_sectors where person_id in (${KNOWN})`,
    `select person_id, sector_id from import_sectors where person_id in (${KNOWN})`,
  ),
  // Needs are the person's own (the import only writes offers): they stay as they are.
  symmetricDifference(
    `select person_id, kind from offers_needs where direction = 'offer' and person_id in (${KNOWN})`,
    `select person_id, kind from import_offers where person_id in (${KNOWN})`,
  ),
];

const PUBLICATIONS_DIFFER = symmetricDifference(
  `select a.person_id, p.title, p.abstract, p.year, p.doi
     from publication_authors a join publications p on p.id = a.publication_id
     where a.person_id in (${KNOWN})`,
  `select person_id, title, abstract, year, doi from import_publications where person_id in (${KNOWN})`,
);

const CHANGED = `s.outcome in ('created', 'updated')`;

const COMPARE = [
  `update import_people set pubs_changed = true where person_id in (${PUBLICATIONS_DIFFER})`,
  `update import_people s set org_changed = true
     where not s.is_new and s.organization_id is not null and not exists (
       select 1 from memberships m
       where m.person_id = s.person_id and m.is_primary and m.organization_id = s.organization_id)`,
  `update import_people s set outcome = 'updated' from people p
     where p.id = s.person_id and not s.is_new and (
       s.pubs_changed or s.org_changed
       or (p.kind, p.full_name, p.email, p.headline, p.bio, p.country, p.city)
          is distinct from (s.kind, s.full_name, s.email, s.headline, s.bio, s.country, s.city)
       or (s.verified and p.verification <> 'verified')
       or s.person_id in (${DETAILS_DIFFER.join(" union ")}))`,
];

const WRITE = [
  `insert into people (id, slug, external_id, kind, full_name, email, headline, bio, country, city, verification)
     select person_id, slug, external_id, kind, full_name, email, headline, bio, country, city,
       case when verified then 'verified' else 'pending' end::verification_status
     from import_people where outcome = 'created' order by line`,
  `update people p set kind = s.kind, full_name = s.full_name, email = s.email, headline = s.headline,
       bio = s.bio, country = s.country, city = s.city,
       verification = case when s.verified then 'verified'::verification_status else p.verification end,
       updated_at = now()
     from import_people s where s.person_id = p.id and s.outcome = 'updated'`,
  // An updated person's skills, languages, sectors and offers are the line's: replaced whole.
  ...["person_skills", "person_languages", "person_sectors"].map(
    (table) =>
      `delete from ${table} t using import_people s where t.person_id = s.person_id and s.outcome = 'updated'`,
  ),
  `delete from offers_needs t using import_people s
     where t.person_id = s.person_id and s.outcome = 'updated' and t.direction = 'offer'`,
  `insert into person_skills (person_id, skill_id, free_label, level)
     select t.person_id, t.skill_id, t.free_label, t.level from import_skills t
     join import_people s using (person_id) where ${CHANGED}`,
  `insert into person_languages (person_id, language, level)
     select t.person_id, t.language, t.level from import_languages t
     join import_people s using (person_id) where ${CHANGED}`,
  `insert into person_sectors (person_id, sector_id)
     select t.person_id, t.sector_id from import_sectors t
     join import_people s using (person_id) where ${CHANGED}`,
  `insert into offers_needs (person_id, direction, kind)
     select t.person_id, 'offer', t.kind from import_offers t
     join import_people s using (person_id) where ${CHANGED}`,
  // The line's organization becomes the primary one; other memberships stay (ADR 058's
  // representatives among them).
  `delete from memberships m using import_people s
     where s.org_changed and m.person_id = s.person_id and m.is_primary
       and m.organization_id <> s.organization_id`,
  `insert into memberships (person_id, organization_id, role, is_primary)
     select person_id, organization_id, '', true from import_people s
     where s.organization_id is not null and (s.outcome = 'created' or s.org_changed)
     on conflict (person_id, organization_id) do update set role = '', is_primary = true`,
  // Changed publications: the person's authorships go, with the papers nobody else wrote…
  `delete from publications p where p.id in (
       select a.publication_id from publication_authors a
       join import_people s on s.person_id = a.person_id and s.pubs_changed)
     and not exists (
       select 1 from publication_authors o
       where o.publication_id = p.id
         and o.person_id not in (select person_id from import_people where pubs_changed))`,
  `delete from publication_authors a using import_people s
     where s.pubs_changed and a.person_id = s.person_id`,
  // …then the line's papers are linked; a DOI already known (or twice in the chunk) is shared.
  `insert into publications (id, title, abstract, year, doi)
     select distinct on (coalesce(t.doi, t.id::text)) t.id, t.title, t.abstract, t.year, t.doi
     from import_publications t join import_people s using (person_id)
     where (s.outcome = 'created' or s.pubs_changed)
       and (t.doi is null or not exists (select 1 from publications p where p.doi = t.doi))
     order by coalesce(t.doi, t.id::text), s.line, t.position
     on conflict (doi) do nothing`,
  `insert into publication_authors (publication_id, person_id, position)
     select coalesce(p.id, t.id), t.person_id, t.position
     from import_publications t join import_people s using (person_id)
     left join publications p on p.doi = t.doi
     where s.outcome = 'created' or s.pubs_changed
     on conflict do nothing`,
  `insert into search_outbox (entity, entity_id)
     select 'person', person_id from import_people s where ${CHANGED}`,
];
