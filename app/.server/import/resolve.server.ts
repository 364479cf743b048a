import { normalizeLabel } from "~/utils/normalize-label";
import type { Executor } from "../../../db/client";
import type { ConventionKind, LanguageLevel } from "../../../db/schema";
import { organizations, sectors } from "../../../db/schema";
import { withFilePublications } from "../publications-import/from-import-line.server";
import { resolveSkillLabel } from "../skill-lookup.server";
import type { ImportIssue } from "./import-issues.server";
import type { ImportLine } from "./line-schema.server";

/** What a line asks the person to be, in a canonical order so two states compare as strings. */
export type DesiredPerson = {
  externalId: string;
  row: {
    kind: ImportLine["kind"];
    fullName: string;
    email: string | null;
    headline: string;
    bio: string;
    country: string;
    city: string;
  };
  /** Imported experts and researchers come from a coordinator: verified. */
  verified: boolean;
  skills: { skillId?: string; freeLabel?: string; level: number }[];
  languages: { language: string; level: LanguageLevel }[];
  sectors: string[];
  offers: ConventionKind[];
  /** The primary organization; undefined when the line names none (memberships are kept). */
  organizationId?: string;
  publications: { title: string; abstract: string; year: number; doi: string | null }[];
};

type Org = { id: string; country: string; city: string };

export type Resolver = Awaited<ReturnType<typeof createResolver>>;

/** Loads the organizations and sectors once per import; skills come from the cached taxonomy. */
export async function createResolver(db: Executor) {
  const orgRows = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      acronym: organizations.acronym,
      country: organizations.country,
      city: organizations.city,
    })
    .from(organizations);
  const orgs = new Map<string, Org>();
  for (const key of ["slug", "name", "acronym"] as const) {
    for (const o of orgRows) {
      const folded = o[key] ? normalizeLabel(o[key]) : "";
      if (folded && !orgs.has(folded)) orgs.set(folded, o);
    }
  }
  const sectorRows = await db.select().from(sectors);
  const sectorIds = new Map<string, string>();
  for (const s of sectorRows) {
    for (const label of [s.id, s.labelFr, s.labelEn, s.labelAr]) {
      const folded = normalizeLabel(label);
      if (!sectorIds.has(folded)) sectorIds.set(folded, s.id);
    }
  }

  // Imports repeat the same skill names on thousands of lines: look each up once.
  const skillIds = new Map<string, string | null>();
  const skillIdOf = async (name: string) => {
    let id = skillIds.get(name);
    if (id === undefined) {
      id = await resolveSkillLabel(name);
      skillIds.set(name, id);
    }
    return id;
  };

  /** A desired state, or the reason the line is rejected; warnings do not reject it. */
  async function resolve(
    line: ImportLine,
  ): Promise<
    { ok: true; person: DesiredPerson; warnings: ImportIssue[] } | { ok: false; issue: ImportIssue }
  > {
    const warnings: ImportIssue[] = [];
    let org: Org | undefined;
    if (line.organization) {
      org = orgs.get(normalizeLabel(line.organization));
      if (!org) warnings.push({ code: "unknownOrganization", params: { name: line.organization } });
    }
    const country = line.country ?? org?.country;
    if (!country) return { ok: false, issue: { code: "countryRequired" } };

    const bySkill = new Map<string, { skillId?: string; freeLabel?: string; level: number }>();
    for (const s of line.skills) {
      const skillId = skillIds.get(s.name) ?? (await skillIdOf(s.name));
      const key = skillId ?? `free:${normalizeLabel(s.name)}`;
      const prev = bySkill.get(key);
      if (!prev || prev.level < s.level)
        bySkill.set(
          key,
          skillId ? { skillId, level: s.level } : { freeLabel: s.name, level: s.level },
        );
    }
    const sectorSet = new Set<string>();
    for (const label of line.sectors) {
      const id = sectorIds.get(normalizeLabel(label));
      if (!id) return { ok: false, issue: { code: "unknownSector", params: { label } } };
      sectorSet.add(id);
    }
    const languages = new Map(line.languages.map((l) => [l.code, l.level]));
    const byDoi = new Map<string, DesiredPerson["publications"][number]>();
    const pubs: DesiredPerson["publications"] = [];
    for (const p of line.publications) {
      const pub = {
        title: p.title,
        abstract: p.abstract,
        year: p.year,
        doi: p.doi ?? null,
      };
      if (pub.doi) {
        if (byDoi.has(pub.doi))
          return { ok: false, issue: { code: "duplicateDoi", params: { doi: pub.doi } } };
        byDoi.set(pub.doi, pub);
      }
      pubs.push(pub);
    }
    const withFiles = withFilePublications(pubs, line);
    if (!withFiles.ok) return { ok: false, issue: withFiles.issue };
    warnings.push(...withFiles.warnings);
    return {
      ok: true,
      warnings,
      person: {
        externalId: line.externalId,
        row: {
          kind: line.kind,
          fullName: line.name,
          email: line.email ?? null,
          headline: line.headline,
          bio: line.bio,
          country,
          city: line.city ?? org?.city ?? "",
        },
        verified: line.kind !== "student",
        skills: [...bySkill.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v),
        languages: [...languages.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([language, level]) => ({ language, level })),
        sectors: [...sectorSet].sort(),
        offers: [...new Set(line.offers)].sort(),
        organizationId: org?.id,
        publications: withFiles.publications.sort((a, b) =>
          compareKey(a).localeCompare(compareKey(b)),
        ),
      },
    };
  }
  return { resolve };
}

export function compareKey(p: { title: string; year: number; doi: string | null }) {
  return `${p.doi ?? ""}|${p.year}|${p.title}`;
}
