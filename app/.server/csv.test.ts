import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvLine, csvResponse, toCsv } from "./csv";

describe("CSV escaping", () => {
  it("leaves plain fields alone and empties null", () => {
    expect(csvField("Rabat")).toBe("Rabat");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('le "labo"')).toBe('"le ""labo"""');
    expect(csvField("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvField("x\r\ny")).toBe('"x\r\ny"');
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("+33")).toBe("'+33");
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+212, -1")).toBe('"\'+212, -1"');
  });

  it("writes one CRLF-terminated line, Arabic and accents as they are", () => {
    expect(csvLine(["الرؤية الحاسوبية", "Fès", ""])).toBe("الرؤية الحاسوبية,Fès,\r\n");
  });

  it("keeps Arabic and accents, with a BOM and CRLF line ends", () => {
    const csv = toCsv(
      ["secteur", "n"],
      [
        ["الصحة", 2],
        ["Énergie, eau", 1],
      ],
    );
    expect(csv).toBe(`${CSV_BOM}secteur,n\r\nالصحة,2\r\n"Énergie, eau",1\r\n`);
  });

  it("answers as a UTF-8 attachment", async () => {
    const res = csvResponse("pairings-by-status.csv", toCsv(["a"], []));
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(
      'attachment; filename="pairings-by-status.csv"',
    );
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });
});
