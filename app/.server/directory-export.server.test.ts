import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./directory-export.server";

describe("CSV export escaping", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Rabat, Maroc")).toBe('"Rabat, Maroc"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+212, -1")).toBe('"\'+212, -1"');
    expect(csvField("@me")).toBe("'@me");
  });

  it("keeps Arabic and accents as they are, one CRLF-terminated line", () => {
    expect(csvLine(["الرؤية الحاسوبية", "Fès", ""])).toBe("الرؤية الحاسوبية,Fès,\r\n");
  });
});
