import { describe, expect, test } from "vitest";
import { copyCell } from "../db/copy-rows";
import { percentile, recallAtK, summarize } from "./stats";

describe("percentile", () => {
  test("nearest rank on unsorted samples", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  test("summary of 1..100", () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toMatchObject({ n: 100, median: 50, p95: 95, p99: 99, mean: 50.5 });
  });
});

describe("recall@k", () => {
  const truth = new Set(["a", "b", "c"]);

  test("finding every true answer is 1 even with fewer than k of them", () => {
    expect(recallAtK(["x", "a", "b", "c"], truth, 20)).toBe(1);
  });

  test("counts only the first k results", () => {
    expect(recallAtK(["x", "y", "a", "b"], truth, 3)).toBeCloseTo(1 / 3);
  });

  test("with more true answers than k, the share of the top k that is right", () => {
    const many = new Set(Array.from({ length: 50 }, (_, i) => `p${i}`));
    const returned = [...Array.from({ length: 15 }, (_, i) => `p${i}`), "x", "y", "z", "v", "w"];
    expect(recallAtK(returned, many, 20)).toBe(0.75);
  });

  test("no true answer: undefined, not zero", () => {
    expect(recallAtK(["a"], new Set(), 20)).toBeNaN();
  });
});

test("COPY text cells escape what would break a row", () => {
  expect(copyCell(null)).toBe("\\N");
  expect(copyCell("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
  expect(copyCell(3)).toBe("3");
  expect(copyCell(true)).toBe("true");
});
