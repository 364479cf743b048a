import { SECTORS } from "../db/taxonomy";
import type { Draft } from "../scripts/seed/model";
import type { Random } from "../scripts/seed/random";
import { GENERIC_SKILLS } from "../scripts/seed/skills";
import { ABSTRACT_SENTENCES, TITLE_TEMPLATES, VENUES } from "../scripts/seed/templates";
import { capitalize, fill, lowerFirst } from "../scripts/seed/texts";
import type { Vocabulary } from "../scripts/seed/vocabulary";

// The demo seed writes papers per lab, with co-authors; the bench draws any number of people one at
// a time (scripts/seed/drafts.ts draftPerson), so it titles their papers alone, from the same
// templates.

/** Papers on the person's specific skills, titled and summarized from the seed's templates. */
export function drawPublications(
  rng: Random,
  vocab: Vocabulary,
  d: Draft,
  count: number,
  idOf: (n: number) => string,
  /** Sentences after the opening one: 1–3 as in the demo seed, more for research papers. */
  sentences: [number, number] = [1, 3],
) {
  const topics = d.skills.filter((s) => !GENERIC_SKILLS.includes(s.skillId));
  const pool = (topics.length > 0 ? topics : d.skills).slice(0, 4);
  const sector = SECTORS.find((s) => s.id === d.sectors[0]);
  return Array.from({ length: count }, (_, n) => {
    const lang = d.writing === "en" || rng.chance(0.45) ? "en" : "fr";
    const [first, second] = rng.sample(pool, 2);
    const a = vocab.label(first!.skillId, lang);
    const b = second ? vocab.label(second.skillId, lang) : a;
    const vars = { a, A: capitalize(a), b, s: sector ? lowerFirst(sector.labels[lang]) : "" };
    const [opening, ...rest] = ABSTRACT_SENTENCES[lang];
    const group = vocab.byId.get(first!.skillId)?.group ?? "default";
    return {
      id: idOf(n + 1),
      title: fill(rng.pick(TITLE_TEMPLATES[lang]), vars),
      abstract: [opening!, ...rng.sample(rest, rng.int(...sentences))]
        .map((t) => fill(t, vars))
        .join(" "),
      year: rng.int(2015, 2025),
      venue: rng.pick(VENUES[group] ?? VENUES.default!),
    };
  });
}
