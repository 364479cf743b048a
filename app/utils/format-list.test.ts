import { describe, expect, test } from "vitest";
import { formatList, joinParts } from "./format-list";

describe("lists and places in the reader's language", () => {
  test("a list joins with the language's own words, never a Latin comma in Arabic", () => {
    const skills = ["Python", "NLP", "vision"];
    expect(formatList(skills, "fr")).toBe("Python, NLP et vision");
    expect(formatList(skills, "ar")).toBe("Python وNLP وvision");
  });

  test("a place takes the Arabic comma in Arabic, and leaves out a missing part", () => {
    expect(joinParts(["Leuven", "Belgique"], "fr")).toBe("Leuven, Belgique");
    expect(joinParts(["لوفان", "بلجيكا"], "ar")).toBe("لوفان، بلجيكا");
    expect(joinParts([null, "Rabat", ""], "fr")).toBe("Rabat");
  });
});
