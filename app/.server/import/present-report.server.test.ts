import { describe, expect, it } from "vitest";
import { EXAMPLE_LINES, IMPORT_FIELDS } from "./import-format.server";
import type { ImportIssue } from "./import-issues.server";
import { issuesFromZod } from "./import-issues.server";
import type { ImportReport } from "./import-people.server";
import { ImportLineSchema } from "./line-schema.server";
import { importSummary, presentReport } from "./present-report.server";

const issuesOf = (line: unknown): ImportIssue[] => {
  const parsed = ImportLineSchema.safeParse(line);
  if (parsed.success) throw new Error("expected the line to be rejected");
  return issuesFromZod(parsed.error);
};
const report = (rejected: ImportReport["rejected"]): ImportReport => ({
  lines: 40,
  created: 1,
  updated: 0,
  unchanged: 0,
  rejected,
  warnings: [],
});
const good = { externalId: "x-1", kind: "expert", name: "Salma Idrissi", country: "MA" };
const texts = (r: ImportReport, locale: "fr" | "en" | "ar") =>
  presentReport(r, locale).rejected.map((g) => g.text);

describe("an import's rejected lines, as the coordinator reads them", () => {
  it("names the line and the field in the reader's language", () => {
    const { externalId: _, ...noId } = good;
    const rejected = [{ line: 12, issues: issuesOf(noId) }];
    expect(texts(report(rejected), "fr")).toEqual([
      "Ligne 12 : l'identifiant externe (externalId) est obligatoire",
    ]);
    expect(texts(report(rejected), "en")).toEqual([
      "Line 12: the external identifier (externalId) is required",
    ]);
    expect(texts(report(rejected), "ar")).toEqual([
      "السطر 12: يلزم ذكر المعرّف الخارجي (\u2068externalId\u2069)",
    ]);
  });

  it("names unknown fields, wrong values with the allowed ones, nested fields and bad JSON", () => {
    const rejected = [
      { line: 3, issues: issuesOf({ ...good, skils: ["python"], kind: "mentor" }) },
      { line: 4, issues: issuesOf({ ...good, skills: ["a", "b", { name: "c", level: 9 }] }) },
      { line: 5, issues: [{ code: "invalidJson" } as const] },
    ];
    const fr = texts(report(rejected), "fr");
    expect(fr).toContain(
      "Ligne 3 : la catégorie (kind) ne peut pas valoir « mentor » (valeurs permises : student, expert, researcher)",
    );
    expect(fr).toContain("Ligne 3 : champ inconnu : skils (vérifiez l'orthographe)");
    expect(fr).toContain(
      "Ligne 4 : le niveau de la compétence n° 3 (skills.2.level) doit valoir au plus 5",
    );
    expect(fr).toContain(
      "Ligne 5 : ce n'est pas du JSON valide (chaque ligne est un objet { … } complet)",
    );
    const en = texts(report(rejected), "en");
    expect(en).toContain("Line 3: unknown field: skils (check the spelling)");
    expect(en).toContain("Line 4: the level of skill no. 3 (skills.2.level) must be at most 5");
    // No developer English from zod reaches a French or Arabic page.
    for (const text of [...fr, ...texts(report(rejected), "ar")]) {
      expect(text).not.toMatch(/Required|Invalid|Unrecognized|Expected|received/);
    }
  });

  it("groups many lines by reason, most frequent first, with the first ten numbers", () => {
    const { name: _, ...noName } = good;
    const rejected = [
      ...Array.from({ length: 25 }, (_, i) => ({ line: i + 2, issues: issuesOf(noName) })),
      { line: 30, issues: issuesOf({ ...good, email: "not an address" }) },
    ];
    const presented = presentReport(report(rejected), "fr");
    expect(presented.rejectedLines).toBe(26);
    expect(presented.rejected).toEqual([
      {
        count: 25,
        text: "Lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 15 autres : le nom (name) est obligatoire",
      },
      {
        count: 1,
        text: "Ligne 30 : l'adresse e-mail (email) n'est pas une adresse e-mail valide",
      },
    ]);
    expect(presentReport(report(rejected), "ar").rejected[0]!.text).toBe(
      "الأسطر 2، 3، 4، 5، 6، 7، 8، 9، 10، 11 و15 سطرًا آخر: يلزم ذكر الاسم (\u2068name\u2069)",
    );
  });
});

describe("the import's counts, in the reader's plural forms", () => {
  const counts = (n: number) => ({
    lines: n,
    created: n,
    updated: n,
    unchanged: n,
    rejectedLines: n,
  });

  it("French and English say one line, one created, and many with an s", () => {
    expect(importSummary(counts(1), "fr")).toBe(
      "1 ligne : 1 créée, 1 mise à jour, 1 inchangée, 1 refusée.",
    );
    expect(importSummary(counts(0), "fr")).toBe(
      "0 ligne : 0 créée, 0 mise à jour, 0 inchangée, 0 refusée.",
    );
    expect(importSummary(counts(2), "fr")).toBe(
      "2 lignes : 2 créées, 2 mises à jour, 2 inchangées, 2 refusées.",
    );
    expect(importSummary(counts(1), "en")).toBe(
      "1 line: 1 created, 1 updated, 1 unchanged, 1 rejected.",
    );
    expect(importSummary({ ...counts(1234), created: 1 }, "en")).toBe(
      "1,234 lines: 1 created, 1,234 updated, 1,234 unchanged, 1,234 rejected.",
    );
  });

  it("Arabic uses its six forms: zero, one, two, few (3-10), many (11-99), other (100)", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => importSummary(counts(n), "ar"))).toEqual([
      "لا سطر: لم يُنشأ أحد، لم يُحدَّث أحد، لا أحد دون تغيير، لم يُرفض أي سطر.",
      "سطر واحد: أُنشئ شخص واحد، حُدّث شخص واحد، شخص واحد دون تغيير، رُفض سطر واحد.",
      "سطران: أُنشئ شخصان، حُدّث شخصان، شخصان دون تغيير، رُفض سطران.",
      "3 أسطر: أُنشئ 3 أشخاص، حُدّث 3 أشخاص، 3 أشخاص دون تغيير، رُفض 3 أسطر.",
      "11 سطرًا: أُنشئ 11 شخصًا، حُدّث 11 شخصًا، 11 شخصًا دون تغيير، رُفض 11 سطرًا.",
      "100 سطر: أُنشئ 100 شخص، حُدّث 100 شخص، 100 شخص دون تغيير، رُفض 100 سطر.",
    ]);
  });
});

describe("the import format page's description", () => {
  it("lists every field of the line schema, and its example lines are valid", () => {
    expect(IMPORT_FIELDS.map((f) => f.name).sort()).toEqual(
      Object.keys(ImportLineSchema.shape).sort(),
    );
    for (const line of EXAMPLE_LINES) expect(ImportLineSchema.safeParse(line).success).toBe(true);
  });
});
