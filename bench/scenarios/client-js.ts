import { gzipSync } from "node:zlib";
import { request } from "../http";

export type ClientJsReport = {
  page: string;
  /** Every script the page loads before it is interactive, gzipped (level 6, as servers do). */
  totalGzipKb: number;
  totalKb: number;
  files: { path: string; kb: number; gzipKb: number }[];
};

/**
 * The JavaScript a first visit to a page downloads: the module scripts and module preloads of its
 * HTML (Remix lists every chunk the route needs), each fetched and gzipped here.
 */
export async function measureClientJs(appUrl: string, page: string): Promise<ClientJsReport> {
  const html = (await request(`${appUrl}${page}`)).text;
  const paths = new Set<string>();
  for (const m of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) paths.add(m[1]!);
  for (const m of html.matchAll(/<script[^>]* src="([^"]+\.js)"/g)) paths.add(m[1]!);
  for (const m of html.matchAll(/import\(?\s*"(\/[^"]+\.js)"/g)) paths.add(m[1]!);
  for (const m of html.matchAll(/from\s*"(\/[^"]+\.js)"/g)) paths.add(m[1]!);
  const files = [];
  for (const path of paths) {
    const res = await request(`${appUrl}${path}`);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}`);
    const bytes = Buffer.from(res.text);
    files.push({ path, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 });
  }
  files.sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    page,
    totalGzipKb: files.reduce((sum, f) => sum + f.gzipKb, 0),
    totalKb: files.reduce((sum, f) => sum + f.kb, 0),
    files,
  };
}
