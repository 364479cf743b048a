import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { copyRows } from "../../../db/copy-rows";
import type { DesiredPerson } from "./resolve.server";

/** A line's desired person with the id it has (or will have) and, when new, its slug. */
export type StagedPerson = DesiredPerson & {
  line: number;
  personId: string;
  /** Set for a person the database does not know yet. */
  slug: string | null;
  /** Ids of the person's publications should they be new (a known DOI keeps its row). */
  publicationIds: string[];
};

/**
 * The staging tables one import loads a chunk into before merging it (merge.server.ts): temporary,
 * so they cost no WAL, are private to the import's connection and vanish with its transaction.
 * Their column types are those of the real tables, so the merge compares rows as they are stored.
 */
export async function createStagingTables(tx: Executor) {
  for (const statement of STAGING_TABLES) await tx.execute(sql.raw(statement));
}

// One statement each: the driver's extended protocol takes a single statement per query.
const STAGING_TABLES = [
  `create temp table import_people (
    line integer not null,
    person_id uuid not null,
    is_new boolean not null,
    slug text,
    external_id text not null,
    kind person_kind not null,
    full_name text not null,
    email text,
    headline text not null,
    bio text not null,
    country text not null,
    city text not null,
    verified boolean not null,
    organization_id uuid,
    outcome text not null,
    org_changed boolean not null default false,
    pubs_changed boolean not null default false
  ) on commit drop`,
  `create temp table import_skills (
    person_id uuid not null, skill_id text, free_label text, level smallint not null
  ) on commit drop`,
  `create temp table import_languages (
    person_id uuid not null, language text not null, level language_level not null
  ) on commit drop`,
  `create temp table import_sectors (person_id uuid not null, sector_id text not null) on commit drop`,
  `create temp table import_offers (person_id uuid not null, kind convention_kind not null) on commit drop`,
  `create temp table import_publications (
    person_id uuid not null,
    position integer not null,
    id uuid not null,
    title text not null,
    abstract text not null,
    year smallint not null,
    doi text
  ) on commit drop`,
];

/** Empties the staging tables and COPYs one chunk in. */
export async function stageChunk(tx: Executor, chunk: StagedPerson[]) {
  await tx.execute(sql`truncate import_people, import_skills, import_languages, import_sectors,
    import_offers, import_publications`);
  await copyRows(tx, "import_people", PEOPLE_COLUMNS, chunk.map(personRow));
  const each = <T>(rows: (p: StagedPerson) => T[]) => chunk.flatMap(rows);
  await copyRows(
    tx,
    "import_skills",
    ["person_id", "skill_id", "free_label", "level"],
    each((p) =>
      p.skills.map((s) => [
        p.personId,
        s.skillId ?? null,
        s.skillId ? null : (s.freeLabel ?? null),
        s.level,
      ]),
    ),
  );
  await copyRows(
    tx,
    "import_languages",
    ["person_id", "language", "level"],
    each((p) => p.languages.map((l) => [p.personId, l.language, l.level])),
  );
  await copyRows(
    tx,
    "import_sectors",
    ["person_id", "sector_id"],
    each((p) => p.sectors.map((s) => [p.personId, s])),
  );
  await copyRows(
    tx,
    "import_offers",
    ["person_id", "kind"],
    each((p) => p.offers.map((kind) => [p.personId, kind])),
  );
  await copyRows(
    tx,
    "import_publications",
    ["person_id", "position", "id", "title", "abstract", "year", "doi"],
    each((p) =>
      p.publications.map((pub, position) => [
        p.personId,
        position,
        p.publicationIds[position]!,
        pub.title,
        pub.abstract,
        pub.year,
        pub.doi,
      ]),
    ),
  );
}

const PEOPLE_COLUMNS = [
  "line",
  "person_id",
  "is_new",
  "slug",
  "external_id",
  "kind",
  "full_name",
  "email",
  "headline",
  "bio",
  "country",
  "city",
  "verified",
  "organization_id",
  "outcome",
];

function personRow(p: StagedPerson) {
  const isNew = p.slug !== null;
  return [
    p.line,
    p.personId,
    isNew,
    p.slug,
    p.externalId,
    p.row.kind,
    p.row.fullName,
    p.row.email,
    p.row.headline,
    p.row.bio,
    p.row.country,
    p.row.city,
    p.verified,
    p.organizationId ?? null,
    // Known people are unchanged until the merge finds a difference.
    isNew ? "created" : "unchanged",
  ];
}
