import type { TaxonomyConcept } from "../../db/taxonomy";
import type { OrganizationSpec } from "./institutions";
import { unique } from "./lists";
import type { Writing } from "./templates";

/** Skills an organization's people draw from, closest first. */
export type SkillPool = { core: string[]; near: string[]; group: string[]; fallback: string[] };

/** The taxonomy seen from the seed: lookups, neighbours and labels. */
export class Vocabulary {
  readonly byId = new Map<string, TaxonomyConcept>();
  private readonly children = new Map<string, string[]>();
  private readonly byGroup = new Map<string, string[]>();

  constructor(concepts: TaxonomyConcept[]) {
    for (const c of concepts) {
      this.byId.set(c.id, c);
      if (c.broader) this.children.set(c.broader, [...(this.children.get(c.broader) ?? []), c.id]);
      this.byGroup.set(c.group, [...(this.byGroup.get(c.group) ?? []), c.id]);
    }
  }

  existing(ids: string[]): string[] {
    return unique(ids.filter((id) => this.byId.has(id)));
  }

  group(name: string): string[] {
    return this.byGroup.get(name) ?? [];
  }

  /** Core skills of a focus, their neighbours (broader, narrower, siblings) and their groups. */
  pool(focus: OrganizationSpec["focus"]): SkillPool {
    const groups = focus?.groups.length ? focus.groups : ["software"];
    let core = this.existing(focus?.skills ?? []);
    if (core.length < 2)
      core = unique([...core, ...groups.flatMap((g) => this.group(g).slice(0, 3))]);
    const near = unique(
      core.flatMap((id) => {
        const broader = this.byId.get(id)?.broader;
        // Siblings under a hub ("programming" and its forty languages) are not neighbours.
        const family = broader ? (this.children.get(broader) ?? []) : [];
        const siblings = family.length <= 12 ? family : [];
        return [...(broader ? [broader] : []), ...(this.children.get(id) ?? []), ...siblings];
      }),
    ).filter((id) => !core.includes(id));
    // Group mates count only when close: children of a core or neighbour concept, or a
    // top-level concept of the group (domains excepted: fintech is not agriculture's neighbour).
    const close = new Set([...core, ...near]);
    const fallback = groups.flatMap((g) => this.group(g)).filter((id) => !close.has(id));
    const group = fallback.filter((id) => {
      const concept = this.byId.get(id)!;
      return concept.broader ? close.has(concept.broader) : concept.group !== "domain";
    });
    return { core, near, group, fallback };
  }

  /** Labels are written for mid-sentence use: lower case except names (PyTorch, TAL arabe). */
  label(id: string, lang: Writing): string {
    return this.byId.get(id)!.labels[lang];
  }
}
