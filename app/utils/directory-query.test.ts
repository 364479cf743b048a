import { describe, expect, test } from "vitest";
import { pageFacets } from "./directory-query";
import { DirectoryQuerySchema } from "./directory-query-schema";

const query = (input: Record<string, unknown>) => DirectoryQuerySchema.parse(input);

describe("which facets the directory page counts", () => {
  test("browsing counts the skills with the other open facets", () => {
    expect(pageFacets(query({}))).toEqual(["skills", "sectors", "country", "kind"]);
  });

  test("a text search folds the skills: the query names them already", () => {
    expect(pageFacets(query({ q: "machine learning" }))).toEqual(["sectors", "country", "kind"]);
  });

  test("a folded facet is counted when opened or in use", () => {
    expect(pageFacets(query({ q: "python" }), ["skills"])).toContain("skills");
    expect(pageFacets(query({ q: "python", skills: ["python"] }))).toContain("skills");
    expect(pageFacets(query({ q: "python", city: ["Rabat"] }))).toContain("city");
  });
});
