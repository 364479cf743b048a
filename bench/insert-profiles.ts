import type postgres from "postgres";
import { type CopyCell, copyRows } from "../db/copy-rows";
import { SKILL_CONCEPTS } from "../db/taxonomy";
import type { DemoNetwork } from "../scripts/seed/model";
import { addOrganizations, buildOrganizations } from "../scripts/seed/organizations";
import { Vocabulary } from "../scripts/seed/vocabulary";
import type { BenchProfile } from "./generate-profiles";

/**
 * Loads profiles with COPY, one transaction per chunk that also writes their search-outbox rows
 * (as every writer must), so the app's worker indexes exactly what committed.
 */
export async function insertProfileChunk(sql: postgres.Sql, chunk: BenchProfile[]) {
  await sql.begin(async (tx) => {
    await copyRows(tx, "people", PEOPLE_COLUMNS, chunk.map(personRow));
    await copyRows(
      tx,
      "person_skills",
      ["person_id", "skill_id", "free_label", "level"],
      chunk.flatMap((p) =>
        p.skills.map((s) => [s.personId, s.skillId ?? null, s.freeLabel ?? null, s.level]),
      ),
    );
    await copyRows(
      tx,
      "person_languages",
      ["person_id", "language", "level"],
      chunk.flatMap((p) => p.languages.map((l) => [l.personId, l.language, l.level])),
    );
    await copyRows(
      tx,
      "person_sectors",
      ["person_id", "sector_id"],
      chunk.flatMap((p) => p.sectors.map((s) => [p.person.id, s])),
    );
    await copyRows(
      tx,
      "offers_needs",
      ["person_id", "direction", "kind", "details"],
      chunk.flatMap((p) =>
        p.offers.map((o) => [p.person.id, o.direction, o.kind, o.details ?? ""]),
      ),
    );
    await copyRows(
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
    await copyRows(
      tx,
      "publications",
      ["id", "title", "abstract", "year", "doi", "venue"],
      papers.map((x) => [x.id, x.title, x.abstract, x.year, `10.5555/bench.${x.id}`, x.venue]),
    );
    await copyRows(
      tx,
      "publication_authors",
      ["publication_id", "person_id", "position"],
      papers.map((x) => [x.id, x.author, 0]),
    );
    await copyRows(
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
    await copyRows(
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
    await copyRows(
      tx,
      "organization_sectors",
      ["organization_id", "sector_id"],
      net.organizationSectors.map((s) => [s.organizationId, s.sectorId]),
    );
    await copyRows(
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

function personRow({ person: p }: BenchProfile): CopyCell[] {
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
