import { SECTORS } from "../../db/taxonomy";
import { stableUuid } from "./ids";
import type { DemoNetwork, Draft, Org } from "./model";
import type { Random } from "./random";
import { GENERIC_SKILLS } from "./skills";
import { ABSTRACT_SENTENCES, SECTOR_VENUES, TITLE_TEMPLATES, VENUES } from "./templates";
import { capitalize, fill, lowerFirst } from "./texts";
import type { Vocabulary } from "./vocabulary";

/** 1–6 papers led by each researcher, co-written with lab mates, PhD students or partner labs. */
export function addPublications(
  rng: Random,
  seed: number,
  drafts: Draft[],
  vocab: Vocabulary,
  net: DemoNetwork,
) {
  const byLab = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind === "researcher" || d.phd) byLab.set(d.org.id, [...(byLab.get(d.org.id) ?? []), d]);
  }
  const researchersOf = (org: Org) =>
    (byLab.get(org.id) ?? []).filter((d) => d.kind === "researcher");
  for (const lead of drafts.filter((d) => d.kind === "researcher")) {
    const titles = new Set<string>();
    const target = rng.int(1, 6);
    for (let attempt = 0; titles.size < target && attempt < target * 4; attempt++) {
      const lang: "fr" | "en" = lead.writing === "en" || rng.chance(0.45) ? "en" : "fr";
      const topics = lead.skills.filter((x) => !GENERIC_SKILLS.includes(x.skillId));
      const [first, second] = rng.sample((topics.length > 0 ? topics : lead.skills).slice(0, 4), 2);
      const a = vocab.label((first ?? lead.skills[0]!).skillId, lang);
      const b = second ? vocab.label(second.skillId, lang) : a;
      const sectorId = rng.pick(lead.sectors);
      const sector = SECTORS.find((s) => s.id === sectorId);
      const vars = { a, A: capitalize(a), b, s: sector ? lowerFirst(sector.labels[lang]) : "" };
      const title = fill(rng.pick(TITLE_TEMPLATES[lang]), vars);
      // "Industrie 4.0 en industrie" says the sector twice: leave that paper out.
      if (titles.has(title) || `${a} ${b}`.toLowerCase().includes(vars.s.toLowerCase())) continue;
      titles.add(title);
      const [opening, ...rest] = ABSTRACT_SENTENCES[lang];
      const abstract = [opening!, ...rng.sample(rest, rng.int(1, 3))]
        .map((t) => fill(t, vars))
        .join(" ");
      const group = vocab.byId.get((first ?? lead.skills[0]!).skillId)?.group ?? "default";
      const n = net.publications.length + 1;
      const id = stableUuid(`publication:${seed}:${n}`);
      net.publications.push({
        id,
        title,
        abstract,
        year: rng.int(2015, 2025),
        doi: `10.5555/passerelle.${n}`,
        venue: rng.pick(venues(rng, group, sectorId)),
      });
      const coauthors = new Set<Draft>();
      if (rng.chance(0.65)) {
        const mates = (byLab.get(lead.org.id) ?? []).filter((d) => d !== lead);
        for (const d of rng.sample(mates, rng.int(1, 2))) coauthors.add(d);
      }
      if (lead.org.partners.length > 0 && rng.chance(0.3)) {
        const partner = rng.pick(researchersOf(rng.pick(lead.org.partners)));
        if (partner) coauthors.add(partner);
      }
      [lead, ...coauthors].forEach((author, position) => {
        net.publicationAuthors.push({ publicationId: id, personId: author.id, position });
      });
    }
  }
}

/** A field venue for applied work (always for domain skills), else one of the skill's group. */
function venues(rng: Random, group: string, sectorId: string): string[] {
  const applied = SECTOR_VENUES[sectorId];
  if (applied && (group === "domain" || rng.chance(0.4))) return applied;
  return VENUES[group] ?? VENUES.default!;
}
