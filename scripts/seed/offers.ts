import type { Draft, OfferNeedRow, Org } from "./model";
import type { Random } from "./random";
import {
  INCUBATION_OFFER,
  OFFER_DETAILS,
  ORGANIZATION_NEED_DETAILS,
  STUDENT_NEED_DETAILS,
} from "./templates";
import { fill, type TextVars, textVars } from "./texts";
import type { Vocabulary } from "./vocabulary";

type OfferKind = keyof typeof OFFER_DETAILS;
type Direction = "offer" | "need";

/** Students need mentoring and an internship or thesis co-supervision; others offer. */
export function drawOffersNeeds(rng: Random, d: Draft, vocab: Vocabulary) {
  const vars = textVars(d, vocab, "fr");
  const rows: OfferNeedRow[] = [];
  const add = (direction: Direction, kind: OfferKind, template: string) =>
    rows.push({
      personId: d.id,
      organizationId: null,
      direction,
      kind,
      details: fill(template, vars),
    });
  if (d.kind === "student") {
    if (rng.chance(0.9)) add("need", "mentoring", STUDENT_NEED_DETAILS.mentoring);
    if (d.phd) add("need", "thesis_cosupervision", STUDENT_NEED_DETAILS.thesis_cosupervision);
    else add("need", "internship", STUDENT_NEED_DETAILS.internship);
    return rows;
  }
  const orgKind = d.org.spec.kind;
  const chances: [OfferKind, number][] =
    d.kind === "researcher"
      ? [
          ["mentoring", 0.85],
          ["thesis_cosupervision", 0.6],
          ["joint_research", 0.35],
          ["mobility", 0.2],
        ]
      : [
          ["mentoring", 0.85],
          ["internship", orgKind === "company" ? 0.6 : 0.1],
          ["incubation", orgKind === "incubator" ? 0.8 : 0],
          ["joint_research", orgKind === "company" ? 0.15 : 0.25],
          ["mobility", orgKind === "public_body" ? 0.15 : 0],
        ];
  for (const [kind, p] of chances)
    if (rng.chance(p)) add("offer", kind, rng.pick(OFFER_DETAILS[kind]));
  if (rows.length === 0) add("offer", "mentoring", rng.pick(OFFER_DETAILS.mentoring));
  return rows;
}

/** Needs of labs (a Moroccan lab looking for a Belgian partner…) and incubators' offers. */
export function organizationOffersNeeds(rng: Random, orgs: Org[], vocab: Vocabulary) {
  const rows: OfferNeedRow[] = [];
  for (const org of orgs) {
    // Incubators list entrepreneurship first: name the technology instead.
    const topic = org.pool.core.find((id) => vocab.byId.get(id)?.group !== "management");
    if (!topic) continue;
    const vars: TextVars = {
      a: vocab.label(topic, "fr"),
      other: org.spec.country === "MA" ? "en Belgique" : "au Maroc",
    };
    const add = (direction: Direction, kind: OfferKind, template: string) =>
      rows.push({
        personId: null,
        organizationId: org.id,
        direction,
        kind,
        details: fill(template, vars),
      });
    if (org.spec.kind === "incubator") add("offer", "incubation", INCUBATION_OFFER);
    if (org.spec.kind !== "lab") continue;
    if (org.spec.country === "MA") {
      if (org.spec.key === "laboratoire-lias-uh2c" || rng.chance(0.5)) {
        add("need", "joint_research", ORGANIZATION_NEED_DETAILS.joint_research);
      }
      if (rng.chance(0.3))
        add("need", "thesis_cosupervision", ORGANIZATION_NEED_DETAILS.thesis_cosupervision);
    } else if (rng.chance(0.25)) {
      add("need", "mobility", ORGANIZATION_NEED_DETAILS.mobility);
    }
  }
  return rows;
}
