import path from "node:path";

/** Where the app keeps its files ($DATA_DIR, default .data): mail, backups, convention PDFs. */
export function dataDirectory() {
  return path.resolve(process.env.DATA_DIR || ".data");
}
