import { describe, expect, test } from "vitest";
import { catalogues } from "~/locales";
import { formatNumber, translator } from "./i18n";

describe("plurals and numbers", () => {
  test("Arabic picks its six forms for 0, 1, 2, 3, 11 and 100", () => {
    const t = translator("ar");
    const said = [0, 1, 2, 3, 11, 100].map((count) => t("directory.results", { count }));
    expect(said).toEqual([
      "لا توجد نتائج",
      "نتيجة واحدة",
      "نتيجتان",
      "3 نتائج",
      "11 نتيجة",
      "100 نتيجة",
    ]);
    // Two experts are a dual ("خبيران"), twenty take the singular: not "20 خبراء".
    expect(t("matchPage.results.other", { count: 2 })).toBe("خبيران مرتبان");
    expect(t("matchPage.results.other", { count: 20 })).toBe("20 خبيرًا مرتبًا");
  });

  test("French and English say one and many without (s)", () => {
    const fr = translator("fr");
    const en = translator("en");
    expect(fr("directory.results", { count: 0 })).toBe("0 résultat");
    expect(fr("directory.results", { count: 1 })).toBe("1 résultat");
    expect(fr("directory.results", { count: 239 })).toBe("239 résultats");
    expect(en("directory.results", { count: 1 })).toBe("1 result");
    expect(en("count.days", { count: 3 })).toBe("3 days");
    expect(fr("pairings.reminders.overdue", { days: fr("count.days", { count: 1 }) })).toBe(
      "en retard de 1 jour",
    );
  });

  test("numbers follow the reader's language, with Latin digits in Arabic", () => {
    expect(formatNumber(86.8, "fr")).toBe("86,8");
    expect(formatNumber(86.8, "en")).toBe("86.8");
    expect(formatNumber(86.8, "ar")).toBe("86,8");
    expect(formatNumber(12345, "fr")).toMatch(/^12\s345$/u);
    expect(translator("fr")("mentorsPage.score", { score: 55.6 })).toBe("Adéquation : 55,6 / 100");
  });

  test("no message of the three catalogues still writes a plural with (s)", () => {
    const texts = Object.values(catalogues).flatMap((messages) =>
      Object.values(messages).flatMap((m) => (typeof m === "string" ? [m] : Object.values(m))),
    );
    expect(texts.filter((text) => /\w\((s|e?s|ات|ا|ون)\)/u.test(text))).toEqual([]);
  });
});
