import type { ConventionKind, LanguageLevel, PersonKind } from "../../../db/schema";
import { aggregateLab } from "../labs/aggregate";
import type { LabData, LabProfile, MemberData, OfferNeedData } from "../labs/types";

/** Hand-built labs for the scoring tests: a few members, skills as { skillId: level }. */
export type MemberSpec = {
  id?: string;
  kind?: PersonKind;
  skills: Record<string, number>;
  sectors?: string[];
  languages?: Record<string, LanguageLevel>;
  offers?: ConventionKind[];
  needs?: { kind: ConventionKind; details: string }[];
};

export type LabSpec = {
  id: string;
  country: string;
  kind?: LabProfile["kind"];
  parentId?: string | null;
  sectors?: string[];
  offers?: { kind: ConventionKind; details?: string }[];
  needs?: { kind: ConventionKind; details: string }[];
  members: MemberSpec[];
  publications?: { id?: string; year: number; title: string; authors: string[] }[];
};

export function member(spec: MemberSpec, fallbackId: string, country: string): MemberData {
  const offers: OfferNeedData[] = (spec.offers ?? []).map((kind) => ({
    direction: "offer",
    kind,
    details: "",
  }));
  const needs: OfferNeedData[] = (spec.needs ?? []).map((n) => ({ direction: "need", ...n }));
  return {
    personId: spec.id ?? fallbackId,
    kind: spec.kind ?? "researcher",
    country,
    skills: Object.entries(spec.skills).map(([skillId, level]) => ({ skillId, level })),
    sectors: spec.sectors ?? [],
    languages: Object.entries<LanguageLevel>(spec.languages ?? { fr: "fluent" }).map(
      ([language, level]) => ({
        language,
        level,
      }),
    ),
    offersNeeds: [...offers, ...needs],
  };
}

export function labData(spec: LabSpec): LabData {
  const members = spec.members.map((m, i) => member(m, `${spec.id}-m${i + 1}`, spec.country));
  return {
    organization: {
      id: spec.id,
      slug: spec.id,
      name: spec.id,
      acronym: null,
      kind: spec.kind ?? "lab",
      country: spec.country,
      city: spec.country === "MA" ? "Rabat" : "Bruxelles",
      parentId: spec.parentId ?? null,
      description: "",
      sectors: spec.sectors ?? [],
      offersNeeds: [
        ...(spec.offers ?? []).map((o) => ({
          direction: "offer" as const,
          kind: o.kind,
          details: o.details ?? "",
        })),
        ...(spec.needs ?? []).map((n) => ({ direction: "need" as const, ...n })),
      ],
    },
    units: [],
    members,
    publications: (spec.publications ?? []).map((p, i) => ({
      id: p.id ?? `${spec.id}-p${i + 1}`,
      year: p.year,
      title: p.title,
      abstract: "",
      authorIds: p.authors,
    })),
  };
}

export function lab(spec: LabSpec): LabProfile {
  return aggregateLab(labData(spec));
}
