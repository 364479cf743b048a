import { SECTORS } from "../../db/taxonomy";
import type { OrganizationSpec } from "./institutions";
import type { Draft, Writing } from "./model";
import type { Random } from "./random";
import { ARABIC_ROLES } from "./roles";
import { GENERIC_SKILLS } from "./skills";
import { BIOS, HEADLINES, STUDENT_HEADLINES } from "./templates";
import type { Vocabulary } from "./vocabulary";

export type TextVars = Record<string, string>;

/** The placeholders of headline, bio and offer templates for one person (see templates.ts). */
export function textVars(d: Draft, vocab: Vocabulary, lang: Writing): TextVars {
  const f = d.gender === "f";
  const specific = d.skills.filter((s) => !GENERIC_SKILLS.includes(s.skillId));
  const ordered = (specific.length >= 2 ? specific : d.skills).map((s) =>
    vocab.label(s.skillId, lang),
  );
  const labels = ordered.length > 0 ? ordered : [lang === "en" ? "computing" : "informatique"];
  const skill = (i: number) => labels[i % labels.length]!;
  const sector = SECTORS.find((s) => s.id === d.sectors[0]);
  const role = d.role.fr[f ? 1 : 0];
  const short = (spec: OrganizationSpec) => spec.acronym ?? spec.name;
  return {
    first: d.first,
    role,
    roleLower: lowerFirst(role),
    roleEn: d.role.en,
    roleAr: ARABIC_ROLES[d.kind][f ? 1 : 0],
    org: short(d.org.spec),
    orgRef: d.org.parent ? `${short(d.org.spec)}, ${short(d.org.parent.spec)}` : short(d.org.spec),
    city: d.org.spec.city,
    a: skill(0),
    A: capitalize(skill(0)),
    b: skill(1),
    c: skill(2),
    d: skill(3),
    s: sector ? (lang === "ar" ? sector.labels.ar : lowerFirst(sector.labels[lang])) : "",
    Pronoun: f ? "Elle" : "Il",
    e: f ? "e" : "",
    verbAr: f ? "تعمل" : "يعمل",
    other: d.org.spec.country === "MA" ? "en Belgique" : "au Maroc",
  };
}

/** Headline and bio in the person's writing language. */
export function profileText(rng: Random, d: Draft, vocab: Vocabulary) {
  const vars = textVars(d, vocab, d.writing);
  const lang = d.writing;
  const headlines = (d.kind === "student" ? STUDENT_HEADLINES : HEADLINES)[lang];
  const bio = BIOS[d.kind];
  const extras = lang === "fr" ? bio.extrasFr : lang === "en" ? bio.extrasEn : [];
  const text = [bio[lang], ...rng.sample(extras, rng.int(0, 2))].join(" ");
  return { headline: fill(rng.pick(headlines), vars), bio: fill(text, vars) };
}

export function fill(template: string, vars: TextVars): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Missing text variable {${key}} in "${template}"`);
    return value;
  });
}

/** Lower-cases a label's first letter unless its first word looks like a name or an acronym. */
export function lowerFirst(text: string): string {
  const firstWord = text.split(" ")[0] ?? "";
  if (/[A-Z]/.test(firstWord.slice(1)) || /\s[A-Z][a-z]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
