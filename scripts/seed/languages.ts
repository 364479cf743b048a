import type { LanguageLevel } from "../../db/schema";
import type { DemoNetwork, Draft } from "./model";
import type { Random } from "./random";

type Spoken = [language: string, level: LanguageLevel];

/** Languages spoken, by origin: mother tongue first, then the likely others. */
function drawLanguages(rng: Random, d: Draft): Spoken[] {
  const lvl = (...levels: LanguageLevel[]) => rng.pick(levels);
  const extra = (p: number, code: string, ...levels: LanguageLevel[]): Spoken[] =>
    rng.chance(p) ? [[code, lvl(...levels)]] : [];
  switch (d.origin) {
    case "ma":
      return [
        ["ar", "native"],
        ["fr", lvl("fluent", "fluent", "professional")],
        ...extra(0.75, "ary", "native"),
        ...extra(0.8, "en", "professional", "fluent"),
        ...extra(0.15, "zgh", "native"),
        ...extra(0.1, "es", "basic", "professional"),
      ];
    case "diaspora": {
      const nl = d.org.spec.community === "nl" && rng.chance(0.7);
      return [
        [nl ? "nl" : "fr", "native"],
        [nl ? "fr" : "nl", lvl("basic", "professional", "fluent")],
        ["ary", lvl("fluent", "fluent", "professional")],
        ["en", lvl("professional", "fluent")],
        ...extra(0.5, "ar", "basic", "professional"),
        ...extra(0.12, "zgh", "basic", "professional"),
      ];
    }
    case "be-nl":
      return [
        ["nl", "native"],
        ["en", lvl("fluent", "professional")],
        ...extra(0.75, "fr", "professional", "fluent", "basic"),
        ...extra(0.15, "de", "basic", "professional"),
      ];
    case "be-fr":
      return [
        ["fr", "native"],
        ["en", lvl("fluent", "professional")],
        ...extra(0.5, "nl", "basic", "professional"),
        ...extra(d.org.spec.country === "MA" ? 0.6 : 0.05, "ar", "basic"),
        ...extra(0.08, "de", "basic"),
      ];
  }
}

export function languageRows(rng: Random, d: Draft): DemoNetwork["personLanguages"] {
  return drawLanguages(rng, d).map(([language, level]) => ({ personId: d.id, language, level }));
}
