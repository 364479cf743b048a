// The one CSV writer: the dashboard's datasets and the directory export.

/** UTF-8 byte order mark: lets Excel read Arabic and French accents in a CSV. */
export const CSV_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled.
 * A text starting with = + - @ (or tab/CR) is prefixed with ' so spreadsheets do not run it.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated (to build a document row by row). */
export function csvLine(row: readonly CsvCell[]): string {
  return `${row.map(csvField).join(",")}\r\n`;
}

/** A whole CSV document with its BOM, CRLF line ends and a header row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${CSV_BOM}${[header, ...rows].map(csvLine).join("")}`;
}

/** The response of a CSV export: downloaded as `filename`, never cached by shared caches. */
export function csvResponse(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
