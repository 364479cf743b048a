import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Route files as Remix sees them: files, and folders holding a route module. */
export function routeFiles() {
  const dir = path.resolve("app/routes");
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".") || /\.test\.tsx?$/.test(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const module = ["route.tsx", "route.ts"].find((f) => readdirSync(full).includes(f));
      return module ? [{ id: name, file: path.join(full, module) }] : [];
    }
    return /\.(tsx?|jsx?)$/.test(name)
      ? [{ id: name.replace(/\.(tsx?|jsx?)$/, ""), file: full }]
      : [];
  });
}

/**
 * The address of a route, its parameters filled from `values` (by name, or by the segment before
 * them: /people/$slug and /orgs/$slug want different slugs). "orgs.$slug_.partners" →
 * "/orgs/<slug>/partners", "coordinator.export.directory[.]csv" → "/coordinator/export/directory.csv".
 */
export function routeAddress(id: string, values: (param: string, before: string) => string) {
  const segments: string[] = [];
  for (const raw of id.replaceAll("[.]", "\u0001").split(".")) {
    const segment = raw.replaceAll("\u0001", ".").replace(/_$/, "");
    if (segment === "_index" || segment === "") continue;
    if (segment === "$") segments.push("no/such/page");
    else if (segment.startsWith("$"))
      segments.push(values(segment.slice(1), segments.at(-1) ?? ""));
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
