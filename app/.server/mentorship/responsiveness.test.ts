import { describe, expect, it } from "vitest";
import { classify } from "./responsiveness.server";

describe("responsiveness labels", () => {
  it("says nothing without history", () => {
    expect(classify(0, 0, null)).toEqual({
      answered: 0,
      missed: 0,
      rate: null,
      medianDays: null,
      label: null,
    });
  });
  it("gives the median in whole days, at least one", () => {
    expect(classify(3, 0, 3600)).toMatchObject({ rate: 1, medianDays: 1, label: "within" });
    expect(classify(3, 1, 2.2 * 86_400)).toMatchObject({ medianDays: 3, label: "within" });
  });
  it("calls less responsive a mentor who missed at least two and answered under half", () => {
    expect(classify(0, 1, null).label).toBeNull();
    expect(classify(0, 2, null).label).toBe("less_responsive");
    expect(classify(1, 2, 86_400).label).toBe("less_responsive");
    expect(classify(2, 2, 86_400).label).toBe("within");
  });
});
