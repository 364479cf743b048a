import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { mailDirectory } from "./transport.server";

export type DevMail = { file: string; content: string };

/** The newest e-mails written by the file transport (development only: see routes/dev.mail). */
export async function listDevMail(dataDir: string, limit = 50): Promise<DevMail[]> {
  const dir = mailDirectory(dataDir);
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const newest = files
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(async (file) => ({ file, content: await readFile(path.join(dir, file), "utf8") })),
  );
}
