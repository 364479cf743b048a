import { describe, expect, test } from "vitest";
import { z } from "zod";
import { OptionalDaySchema, SerialIdSchema } from "./field-schemas";
import { parseForm } from "./forms";
import { ProfileSchema, PublicationSchema } from "./profile-validation";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("parseForm", () => {
  const Rows = z.object({
    rows: z
      .array(z.object({ a: z.string() }))
      .max(5)
      .default([]),
  });

  test("nests names, indexes arrays, repeats into arrays", () => {
    const parsed = parseForm(
      form([
        ["a", "1"],
        ["languages[0].language", "fr"],
        ["languages[1].language", "ar"],
        ["sectors", "health"],
        ["sectors", "energy"],
        ["offers.mentoring.enabled", "on"],
      ]),
      z.object({}).passthrough(),
    );
    expect(parsed.status === "success" && parsed.value).toEqual({
      a: "1",
      languages: [{ language: "fr" }, { language: "ar" }],
      sectors: ["health", "energy"],
      offers: { mentoring: { enabled: "on" } },
    });
  });

  test("ignores prototype keys and absurd indices, quickly", () => {
    const started = Date.now();
    const parsed = parseForm(
      form([
        ["__proto__.polluted", "x"],
        ["rows[99999999].a", "x"],
        ["constructor.prototype.x", "y"],
      ]),
      Rows,
    );
    expect(parsed.status === "success" && parsed.value).toEqual({ rows: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A sparse array of a hundred million rows would take seconds to check.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("errors are message keys with their parameters, by field", () => {
    const parsed = parseForm(
      form([
        ["name", ""],
        ["age", "abc"],
        ["code", "x"],
      ]),
      z.object({ name: z.string().min(2), age: z.number(), code: z.string().min(3) }),
    );
    expect(parsed.status === "error" && parsed.error).toEqual({
      name: [{ key: "form.required" }],
      age: [{ key: "form.notANumber" }],
      code: [{ key: "form.tooShort", params: { min: 3 } }],
    });
  });
});

describe("shared field schemas", () => {
  const Ids = z.object({ id: SerialIdSchema });
  const Days = z.object({ dueAt: OptionalDaySchema });

  test("a serial id larger than any row could have is a field error", () => {
    const parsed = parseForm(form([["id", "99999999999999999999"]]), Ids);
    expect(parsed.status === "error" && parsed.error).toMatchObject({
      id: [{ key: "form.tooLarge" }],
    });
    expect(parseForm(form([["id", "42"]]), Ids)).toMatchObject({ value: { id: 42 } });
  });

  test("a day is a real day of this century; empty is none", () => {
    const day = (value: string) => parseForm(form([["dueAt", value]]), Days);
    expect(day("2026-03-01")).toMatchObject({ value: { dueAt: new Date("2026-03-01T00:00:00Z") } });
    expect(day("")).toMatchObject({ status: "success", value: {} });
    expect(day("0000-01-01")).toMatchObject({
      error: {
        dueAt: [{ key: "form.dayOutOfRange", params: { min: "2000-01-01", max: "2099-12-31" } }],
      },
    });
    expect(day("2024-02-31")).toMatchObject({ error: { dueAt: [{ key: "form.invalidFormat" }] } });
    expect(day("2024-13-45")).toMatchObject({ error: { dueAt: [{ key: "form.invalidFormat" }] } });
    expect(day("tomorrow")).toMatchObject({ error: { dueAt: [{ key: "form.invalidFormat" }] } });
  });
});

describe("ProfileSchema", () => {
  const base: [string, string][] = [
    ["country", "MA"],
    ["city", "Rabat"],
    ["mentoringStatus", "open"],
    ["mentoringCapacity", "2"],
    ["visibility", "public"],
  ];

  test("blank and removed rows are dropped; errors keep the row index", () => {
    const ok = parseForm(
      form([
        ...base,
        ["languages[0].language", "fr"],
        ["languages[0].level", "native"],
        ["languages[1].language", ""],
        ["languages[2].language", "en"],
        ["languages[2].level", "basic"],
        ["languages[2].remove", "on"],
      ]),
      ProfileSchema,
    );
    expect(ok.status === "success" && ok.value.languages).toEqual([
      { language: "fr", level: "native" },
    ]);
    const bad = parseForm(
      form([
        ...base,
        ["languages[0].language", ""],
        ["languages[1].language", "xx"],
        ["languages[1].level", "native"],
      ]),
      ProfileSchema,
    );
    expect(bad.status === "error" && bad.error).toMatchObject({
      "languages[1].language": [{ key: "form.invalidChoice" }],
    });
  });

  test("a language twice is a duplicate", () => {
    const bad = parseForm(
      form([
        ...base,
        ["languages[0].language", "fr"],
        ["languages[0].level", "native"],
        ["languages[1].language", "fr"],
        ["languages[1].level", "basic"],
      ]),
      ProfileSchema,
    );
    expect(bad.status === "error" && bad.error).toMatchObject({
      "languages[1].language": [{ key: "form.duplicate" }],
    });
  });

  test("offers become booleans with details", () => {
    const ok = parseForm(
      form([
        ...base,
        ["offers.internship.enabled", "on"],
        ["offers.internship.details", " 2 places "],
      ]),
      ProfileSchema,
    );
    expect(ok.status === "success" && ok.value.offers.internship).toEqual({
      enabled: true,
      details: "2 places",
    });
    expect(ok.status === "success" && ok.value.offers.mentoring).toEqual({
      enabled: false,
      details: "",
    });
  });
});

describe("PublicationSchema", () => {
  test("a DOI URL is reduced to the DOI; a bad DOI is an error", () => {
    const ok = parseForm(
      form([
        ["title", "T"],
        ["year", "2024"],
        ["doi", "https://doi.org/10.1000/xyz"],
      ]),
      PublicationSchema,
    );
    expect(ok.status === "success" && ok.value.doi).toBe("10.1000/xyz");
    const bad = parseForm(
      form([
        ["title", "T"],
        ["year", "2024"],
        ["doi", "xyz"],
      ]),
      PublicationSchema,
    );
    expect(bad.status === "error" && bad.error).toMatchObject({
      doi: [{ key: "settings.publication.invalidDoi" }],
    });
  });
});
