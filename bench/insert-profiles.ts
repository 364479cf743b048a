import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { SKILL_CONCEPTS } from "../db/taxonomy";
import type { DemoNetwork } from "../scripts/seed/model";
import { addOrganizations, buildOrganizations } from "../scripts/seed/organizations";
import { Vocabulary } from "../scripts/seed/vocabulary";
import type { BenchProfile } from "./generate-profiles";

type Sql = postgres.Sql | postgres.TransactionSql;
type Cell = string | number | boolean | null;

/**
 * Loads profiles with COPY, one transaction per chunk that also writes their search-outbox rows
 * (as every writer must), so the app's worker indexes exactly what committed.
 */
export async function insertProfileChunk(sql: postgres.Sql, chunk: BenchProfile[]) {
  await sql.begin(async (tx) => {
    await copy(tx, "people", PEOPLE_COLUMNS, chunk.map(personRow));
    await copy(
      tx,
      "person_skills",
      ["person_id", "skill_id", "free_label", "level"],
      chunk.flatMap((p) =>
        p.skills.map((s) => [s.personId, s.skillId ?? null, s.freeLabel ?? null, s.level]),
      ),
    );
    await copy(
      tx,
      "person_languages",
      ["person_id", "language", "level"],
      chunk.flatMap((p) => p.languages.map((l) => [l.personId, l.language, l.level])),
    );
    await copy(
      tx,
      "person_sectors",
      ["person_id", "sector_id"],
      chunk.flatMap((p) => p.sectors.map((s) => [p.person.id, s])),
    );
    await copy(
      tx,
      "offers_needs",
      ["person_id", "direction", "kind", "details"],
      chunk.flatMap((p) =>
        p.offers.map((o) => [p.person.id, o.direction, o.kind, o.details ?? ""]),
      ),
    );
    await copy(
      tx,
      "memberships",
      ["person_id", "organization_id", "role", "is_primary"],
      chunk.flatMap((p) =>
        p.memberships.map((m) => [
          m.personId,
          m.organizationId,
          m.role ?? "",
          m.isPrimary ?? false,
        ]),
      ),
    );
    const papers = chunk.flatMap((p) =>
      p.publications.map((pub) => ({ ...pub, author: p.person.id })),
    );
    await copy(
      tx,
      "publications",
      ["id", "title", "abstract", "year", "doi", "venue"],
      papers.map((x) => [x.id, x.title, x.abstract, x.year, `10.5555/bench.${x.id}`, x.venue]),
    );
    await copy(
      tx,
      "publication_authors",
      ["publication_id", "person_id", "position"],
      papers.map((x) => [x.id, x.author, 0]),
    );
    await copy(
      tx,
      "search_outbox",
      ["entity", "entity_id"],
      chunk.map((p) => ["person", p.person.id]),
    );
  });
}

/** The seed's institutions with their sectors (parents first), queued for indexing with them. */
export async function insertOrganizations(sql: postgres.Sql) {
  const net = { organizations: [], organizationSectors: [] } as unknown as DemoNetwork;
  addOrganizations(buildOrganizations(new Vocabulary(SKILL_CONCEPTS)).values(), net);
  await sql.begin(async (tx) => {
    await copy(
      tx,
      "organizations",
      [
        "id",
        "slug",
        "name",
        "acronym",
        "kind",
        "country",
        "city",
        "parent_id",
        "description",
        "website",
      ],
      net.organizations.map((o) => [
        o.id,
        o.slug,
        o.name,
        o.acronym ?? null,
        o.kind,
        o.country,
        o.city,
        o.parentId ?? null,
        o.description ?? "",
        o.website ?? null,
      ]),
    );
    await copy(
      tx,
      "organization_sectors",
      ["organization_id", "sector_id"],
      net.organizationSectors.map((s) => [s.organizationId, s.sectorId]),
    );
    await copy(
      tx,
      "search_outbox",
      ["entity", "entity_id"],
      net.organizations.map((o) => ["organization", o.id]),
    );
  });
}

const PEOPLE_COLUMNS = [
  "id",
  "slug",
  "kind",
  "full_name",
  "headline",
  "bio",
  "email",
  "phone",
  "country",
  "city",
  "mentoring_status",
  "mentoring_capacity",
  "visibility",
  "verification",
  "created_at",
  "updated_at",
];

function personRow({ person: p }: BenchProfile): Cell[] {
  return [
    p.id,
    p.slug,
    p.kind,
    p.fullName,
    p.headline ?? "",
    p.bio ?? "",
    p.email ?? null,
    p.phone ?? null,
    p.country,
    p.city,
    p.mentoringStatus ?? "paused",
    p.mentoringCapacity ?? 0,
    p.visibility ?? "public",
    p.verification ?? "pending",
    (p.createdAt ?? new Date()).toISOString(),
    (p.updatedAt ?? new Date()).toISOString(),
  ];
}

async function copy(sql: Sql, table: string, columns: string[], rows: Cell[][]) {
  if (rows.length === 0) return;
  const text = rows.map((row) => row.map(copyCell).join("\t")).join("\n");
  const target = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from([`${text}\n`]), target);
}

/** PostgreSQL COPY text format: \N is null; backslash, tab and line breaks are escaped. */
export function copyCell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return value
    .replaceAll("\\", "\\\\")
    .replaceAll("\t", "\\t")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r");
}
