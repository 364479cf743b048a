import { describe, expect, test } from "vitest";
import { formDataToObject, parseSubmission } from "./forms";
import { ProfileSchema, PublicationSchema } from "./profile-validation";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("formDataToObject", () => {
  test("nests dotted names, indexes arrays, repeats into arrays", () => {
    expect(
      formDataToObject(
        form([
          ["a", "1"],
          ["languages.0.language", "fr"],
          ["languages.1.language", "ar"],
          ["sectors", "health"],
          ["sectors", "energy"],
          ["offers.mentoring.enabled", "on"],
        ]),
      ),
    ).toEqual({
      a: "1",
      languages: [{ language: "fr" }, { language: "ar" }],
      sectors: ["health", "energy"],
      offers: { mentoring: { enabled: "on" } },
    });
  });

  test("ignores prototype keys and absurd indices", () => {
    const out = formDataToObject(
      form([
        ["__proto__.polluted", "x"],
        ["rows.99999999.a", "x"],
        ["constructor.prototype.x", "y"],
      ]),
    );
    expect(out).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
    const ok = parseSubmission(
      ProfileSchema,
      form([
        ...base,
        ["languages.0.language", "fr"],
        ["languages.0.level", "native"],
        ["languages.1.language", ""],
        ["languages.2.language", "en"],
        ["languages.2.level", "basic"],
        ["languages.2.remove", "on"],
      ]),
    );
    expect(ok.success && ok.data.languages).toEqual([{ language: "fr", level: "native" }]);
    const bad = parseSubmission(
      ProfileSchema,
      form([
        ...base,
        ["languages.0.language", ""],
        ["languages.1.language", "xx"],
        ["languages.1.level", "native"],
      ]),
    );
    expect(!bad.success && bad.errors).toMatchObject({
      "languages.1.language": { key: "form.invalidChoice" },
    });
  });

  test("a language twice is a duplicate", () => {
    const bad = parseSubmission(
      ProfileSchema,
      form([
        ...base,
        ["languages.0.language", "fr"],
        ["languages.0.level", "native"],
        ["languages.1.language", "fr"],
        ["languages.1.level", "basic"],
      ]),
    );
    expect(!bad.success && bad.errors).toMatchObject({
      "languages.1.language": { key: "form.duplicate" },
    });
  });

  test("offers become booleans with details", () => {
    const ok = parseSubmission(
      ProfileSchema,
      form([
        ...base,
        ["offers.internship.enabled", "on"],
        ["offers.internship.details", " 2 places "],
      ]),
    );
    expect(ok.success && ok.data.offers.internship).toEqual({ enabled: true, details: "2 places" });
    expect(ok.success && ok.data.offers.mentoring).toEqual({ enabled: false, details: "" });
  });
});

describe("PublicationSchema", () => {
  test("a DOI URL is reduced to the DOI; a bad DOI is an error", () => {
    const ok = parseSubmission(
      PublicationSchema,
      form([
        ["title", "T"],
        ["year", "2024"],
        ["doi", "https://doi.org/10.1000/xyz"],
      ]),
    );
    expect(ok.success && ok.data.doi).toBe("10.1000/xyz");
    const bad = parseSubmission(
      PublicationSchema,
      form([
        ["title", "T"],
        ["year", "2024"],
        ["doi", "xyz"],
      ]),
    );
    expect(!bad.success && bad.errors).toMatchObject({
      doi: { key: "settings.publication.invalidDoi" },
    });
  });
});
