import { expect, test } from "vitest";
import { ndcgAt, percentile, precisionAt } from "./metrics";

const grades = new Map([
  ["a", 2],
  ["b", 1],
  ["c", 1],
]);

test("precision@k counts relevant results among the first k, missing ones as misses", () => {
  expect(precisionAt(5, ["a", "x", "b", "y", "z"], grades)).toBe(0.4);
  expect(precisionAt(5, ["a"], grades)).toBe(0.2);
});

test("nDCG@k is 1 for the ideal order and rewards graded gains at the top", () => {
  expect(ndcgAt(10, ["a", "b", "c"], grades)).toBeCloseTo(1);
  expect(ndcgAt(10, ["b", "c", "a"], grades)).toBeLessThan(ndcgAt(10, ["a", "c", "b"], grades));
  expect(ndcgAt(10, ["x", "y"], grades)).toBe(0);
  expect(ndcgAt(10, ["x"], new Map())).toBe(0);
});

test("percentile uses the nearest rank", () => {
  expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  expect(percentile([1, 2, 3, 4, 100], 95)).toBe(100);
});
