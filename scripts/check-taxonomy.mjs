#!/usr/bin/env node
// Validates the shipped taxonomy data: db/data/skills.json and db/data/sectors.json.
// Plain ESM, no dependencies. Usage: node scripts/check-taxonomy.mjs
// Exits 1 and lists every problem found; exits 0 and prints a summary otherwise.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "db", "data");

const LANGS = ["fr", "en", "ar"];
const GROUPS = new Set([
  "ai",
  "data",
  "software",
  "web",
  "cloud",
  "security",
  "networks",
  "hardware",
  "management",
  "research",
  "domain",
]);
const REQUIRED_SECTORS = ["education", "health", "agriculture", "industry", "security"];
const MIN_TOTAL = 340;
const MIN_ESCO = 250;
const SECTOR_COUNT = 13;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

const problems = [];
const problem = (msg) => problems.push(msg);

function load(file) {
  try {
    return JSON.parse(readFileSync(join(dataDir, file), "utf8"));
  } catch (err) {
    problem(`${file}: cannot read/parse (${err.message})`);
    return null;
  }
}

/** Normalised form used to detect clashes: case, accents, Arabic diacritics/tatweel and hamza/alef variants are ignored. */
function key(s) {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // Latin combining marks
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "") // Arabic harakat, superscript alef, tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627") // آ أ إ ٱ -> ا
    .replace(/\u0649/g, "\u064A") // ى -> ي
    .replace(/\u0629/g, "\u0647") // ة -> ه
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const isNonEmptyString = (v) => typeof v === "string" && v.trim() !== "";

// ---------------------------------------------------------------- skills
const skills = load("skills.json");
let escoCount = 0;
const groupCounts = {};

if (skills !== null && !Array.isArray(skills)) problem("skills.json: top level must be an array");

if (Array.isArray(skills)) {
  const ids = new Map(); // id -> index
  const uris = new Map(); // esco uri -> id
  const terms = new Map(); // normalised term -> Set(id)
  const addTerm = (term, id) => {
    const k = key(term);
    if (!terms.has(k)) terms.set(k, { text: term, ids: new Set() });
    terms.get(k).ids.add(id);
  };

  skills.forEach((s, i) => {
    const where = `skills[${i}]${s && typeof s.id === "string" ? ` (${s.id})` : ""}`;
    if (s === null || typeof s !== "object" || Array.isArray(s)) {
      problem(`${where}: not an object`);
      return;
    }
    const allowed = new Set(["id", "esco", "group", "labels", "synonyms", "broader"]);
    for (const k of Object.keys(s))
      if (!allowed.has(k)) problem(`${where}: unexpected field "${k}"`);

    // id
    if (!isNonEmptyString(s.id)) problem(`${where}: missing id`);
    else {
      if (!KEBAB.test(s.id)) problem(`${where}: id is not kebab-case`);
      if (ids.has(s.id)) problem(`${where}: duplicate id (also skills[${ids.get(s.id)}])`);
      else ids.set(s.id, i);
    }

    // esco
    if (s.esco === null) {
      // curated addition
    } else if (typeof s.esco === "string" && ESCO_URI.test(s.esco)) {
      escoCount++;
      if (uris.has(s.esco)) problem(`${where}: ESCO uri already used by ${uris.get(s.esco)}`);
      else uris.set(s.esco, s.id);
    } else {
      problem(`${where}: esco must be null or an ESCO skill uri, got ${JSON.stringify(s.esco)}`);
    }

    // group
    if (!GROUPS.has(s.group)) problem(`${where}: invalid group ${JSON.stringify(s.group)}`);
    else groupCounts[s.group] = (groupCounts[s.group] ?? 0) + 1;

    // labels
    const labels = s.labels && typeof s.labels === "object" ? s.labels : null;
    if (!labels) problem(`${where}: missing labels`);
    for (const lang of LANGS) {
      const label = labels?.[lang];
      if (!isNonEmptyString(label)) {
        problem(`${where}: labels.${lang} is empty or missing`);
        continue;
      }
      if (label !== label.trim()) problem(`${where}: labels.${lang} has surrounding whitespace`);
      if (lang === "ar" && !ARABIC.test(label))
        problem(`${where}: labels.ar contains no Arabic script: "${label}"`);
      if (lang !== "ar" && ARABIC.test(label))
        problem(`${where}: labels.${lang} contains Arabic script`);
    }
    const ownLabelKeys = new Set(
      LANGS.filter((l) => isNonEmptyString(labels?.[l])).map((l) => key(labels[l])),
    );
    for (const lang of LANGS) if (isNonEmptyString(labels?.[lang])) addTerm(labels[lang], s.id);

    // synonyms
    const syns = s.synonyms && typeof s.synonyms === "object" ? s.synonyms : null;
    if (!syns) problem(`${where}: missing synonyms`);
    for (const lang of LANGS) {
      const list = syns?.[lang];
      if (!Array.isArray(list)) {
        problem(`${where}: synonyms.${lang} must be an array`);
        continue;
      }
      const seen = new Set();
      for (const syn of list) {
        if (!isNonEmptyString(syn)) {
          problem(`${where}: synonyms.${lang} contains an empty value`);
          continue;
        }
        if (syn !== syn.trim()) problem(`${where}: synonym "${syn}" has surrounding whitespace`);
        const k = key(syn);
        if (seen.has(k)) problem(`${where}: synonyms.${lang} repeats "${syn}"`);
        seen.add(k);
        if (isNonEmptyString(labels?.[lang]) && k === key(labels[lang]))
          problem(`${where}: synonyms.${lang} repeats its own label "${syn}"`);
        if (lang === "ar" && !ARABIC.test(syn) && ownLabelKeys.has(k))
          problem(`${where}: Arabic synonym "${syn}" only repeats a label`);
        addTerm(syn, s.id);
      }
    }

    // broader (existence checked below)
    if (!(s.broader === null || isNonEmptyString(s.broader)))
      problem(`${where}: broader must be null or an id, got ${JSON.stringify(s.broader)}`);
    if (s.broader === s.id) problem(`${where}: broader points to itself`);
  });

  // broader references and cycles
  const byId = new Map(skills.filter((s) => s && isNonEmptyString(s.id)).map((s) => [s.id, s]));
  for (const s of byId.values()) {
    if (isNonEmptyString(s.broader) && !byId.has(s.broader))
      problem(`skills (${s.id}): broader "${s.broader}" does not exist`);
  }
  const reported = new Set();
  for (const s of byId.values()) {
    const path = [s.id];
    let cur = s;
    while (cur && isNonEmptyString(cur.broader) && byId.has(cur.broader)) {
      if (path.includes(cur.broader)) {
        const cycle = path.slice(path.indexOf(cur.broader)).concat(cur.broader);
        const sig = [...new Set(cycle)].sort().join(",");
        if (!reported.has(sig)) {
          reported.add(sig);
          problem(`skills: broader cycle ${cycle.join(" -> ")}`);
        }
        break;
      }
      path.push(cur.broader);
      cur = byId.get(cur.broader);
    }
  }

  // a term (label or synonym, any language) may belong to one concept only
  for (const { text, ids: owners } of terms.values()) {
    if (owners.size > 1)
      problem(
        `skills: "${text}" is a label/synonym of several concepts: ${[...owners].join(", ")}`,
      );
  }

  if (skills.length < MIN_TOTAL)
    problem(`skills: ${skills.length} concepts, need at least ${MIN_TOTAL}`);
  if (escoCount < MIN_ESCO)
    problem(`skills: ${escoCount} ESCO-derived concepts, need at least ${MIN_ESCO}`);
}

// ---------------------------------------------------------------- sectors
const sectors = load("sectors.json");
if (sectors !== null && !Array.isArray(sectors))
  problem("sectors.json: top level must be an array");
if (Array.isArray(sectors)) {
  if (sectors.length !== SECTOR_COUNT)
    problem(`sectors: ${sectors.length} sectors, expected ${SECTOR_COUNT}`);
  const ids = new Set();
  const labelKeys = new Map();
  sectors.forEach((s, i) => {
    const where = `sectors[${i}]${s && typeof s.id === "string" ? ` (${s.id})` : ""}`;
    if (s === null || typeof s !== "object") {
      problem(`${where}: not an object`);
      return;
    }
    for (const k of Object.keys(s))
      if (k !== "id" && k !== "labels") problem(`${where}: unexpected field "${k}"`);
    if (!isNonEmptyString(s.id) || !KEBAB.test(s.id))
      problem(`${where}: id missing or not kebab-case`);
    else if (ids.has(s.id)) problem(`${where}: duplicate id`);
    else ids.add(s.id);
    for (const lang of LANGS) {
      const label = s.labels?.[lang];
      if (!isNonEmptyString(label)) {
        problem(`${where}: labels.${lang} is empty or missing`);
        continue;
      }
      if (lang === "ar" && !ARABIC.test(label))
        problem(`${where}: labels.ar contains no Arabic script`);
      const k = `${lang}:${key(label)}`;
      if (labelKeys.has(k)) problem(`${where}: labels.${lang} duplicates ${labelKeys.get(k)}`);
      else labelKeys.set(k, s.id);
    }
  });
  for (const id of REQUIRED_SECTORS)
    if (!ids.has(id)) problem(`sectors: required sector "${id}" missing`);
}

// ---------------------------------------------------------------- report
if (problems.length > 0) {
  console.error(`Taxonomy check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const groups = Object.entries(groupCounts)
  .sort((a, b) => b[1] - a[1])
  .map(([g, n]) => `${g} ${n}`)
  .join(", ");
console.log(
  `Taxonomy OK: ${skills.length} skills (${escoCount} ESCO-derived, ${skills.length - escoCount} curated; ${groups}); ${sectors.length} sectors.`,
);
