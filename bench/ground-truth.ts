import { SKILL_CONCEPTS } from "../db/taxonomy";
import { type BenchProfile, isListed } from "./generate-profiles";
import type { Filters } from "./queries";

/**
 * Who counts as relevant for a query meaning a concept:
 * - "concept": holders of the concept itself (the definition until 2026-12);
 * - "narrower": holders of the concept or of a narrower one, what a reader of "IA" expects (a
 *   computer-vision or edge-AI specialist is an AI person; someone named Aït is not).
 */
export type Relevance = "concept" | "narrower";

type Record = {
  id: string;
  listed: boolean;
  skills: Set<string>;
  facets: { [facet: string]: string[] };
};

/**
 * What the generator really wrote, kept compact: who is listed, which skill ids they hold and
 * their facet values, so a query's intended answers are known without asking any engine.
 */
export class GroundTruth {
  private readonly records: Record[] = [];

  add(p: BenchProfile) {
    const skills = p.skills.flatMap((s) => (s.skillId ? [s.skillId] : []));
    this.records.push({
      id: p.person.id,
      listed: isListed(p.person),
      skills: new Set(skills),
      facets: {
        skills,
        sectors: p.sectors,
        country: [p.person.country],
        city: [p.person.city],
        languages: p.languages.map((l) => l.language),
        offers: [...new Set(p.offers.filter((o) => o.direction === "offer").map((o) => o.kind))],
        organization: p.organizations,
        kind: [p.person.kind],
      },
    });
  }

  get size() {
    return this.records.length;
  }

  get listedCount() {
    return this.records.filter((r) => r.listed).length;
  }

  /** Listed people who hold one of the skills and pass the filters (OR within, AND across). */
  holders(skillIds: string[], filters: Filters, relevance: Relevance = "concept"): Set<string> {
    const wanted = relevance === "narrower" ? withNarrower(skillIds) : skillIds;
    const out = new Set<string>();
    for (const r of this.records) {
      if (!r.listed || !wanted.some((id) => r.skills.has(id))) continue;
      if (passes(r, filters)) out.add(r.id);
    }
    return out;
  }

  /** Every k-th listed person: people whose writes the index-lag scenario times. */
  listedSample(count: number): string[] {
    const listed = this.records.filter((r) => r.listed);
    const step = Math.max(1, Math.floor(listed.length / count));
    const out: string[] = [];
    for (let i = 0; i < listed.length && out.length < count; i += step) out.push(listed[i]!.id);
    return out;
  }
}

function passes(r: Record, filters: Filters) {
  return Object.entries(filters).every(
    ([facet, values]) => values.length === 0 || values.some((v) => r.facets[facet]?.includes(v)),
  );
}

/** The concepts and every concept below them in the taxonomy. */
export function withNarrower(ids: string[]): string[] {
  const children = new Map<string, string[]>();
  for (const c of SKILL_CONCEPTS) {
    if (c.broader) children.set(c.broader, [...(children.get(c.broader) ?? []), c.id]);
  }
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  for (const id of ids) visit(id);
  return [...out];
}
