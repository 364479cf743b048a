import { weightedSample } from "./lists";
import type { DemoNetwork, Draft, Kind } from "./model";
import type { Random } from "./random";
import { FREE_TAGS } from "./templates";
import type { SkillPool, Vocabulary } from "./vocabulary";

/** Everyday tools: texts and paper topics prefer a person's specific skills. */
export const GENERIC_SKILLS = ["python", "sql", "git", "project-management", "linux", "docker"];

/** 4–10 skills with levels, in relevance order: core, neighbours, group, generic. */
export function drawSkills(rng: Random, vocab: Vocabulary, pool: SkillPool, kind: Kind) {
  const student = kind === "student";
  const total = student ? rng.int(4, 8) : rng.int(5, 10);
  // Earlier core skills are the lab's signature: weigh them more.
  const core = weightedSample(
    rng,
    pool.core.map((id, i) => [id, Math.max(1, 4 - i)] as const),
    rng.int(2, 4),
  );
  const near = rng.sample(pool.near, rng.int(1, 3));
  const group = rng.sample(pool.group, total);
  const generic = rng.sample(vocab.existing(GENERIC_SKILLS), rng.int(0, 2));
  const level = (lo: number, hi: number) =>
    rng.int(student ? Math.max(1, lo - 1) : lo, student ? hi - 1 : hi);
  // Insertion order is relevance order (core, neighbours, group, generic): texts use it.
  const picked = new Map<string, number>();
  for (const id of core) picked.set(id, level(3, 5));
  for (const id of near) picked.set(id, level(2, 4));
  const extras = generic.filter((id) => !picked.has(id));
  for (const id of group) {
    if (picked.size + extras.length >= total) break;
    if (!picked.has(id) && !extras.includes(id)) picked.set(id, level(2, 4));
  }
  for (const id of rng.shuffle(pool.fallback)) {
    if (picked.size + extras.length >= 4) break;
    if (!picked.has(id) && !extras.includes(id)) picked.set(id, level(2, 4));
  }
  for (const id of extras) picked.set(id, level(2, 5));
  return [...picked].slice(0, 10).map(([skillId, lvl]) => ({ skillId, level: lvl }));
}

/** A person's skill rows, plus a free tag (outside the taxonomy) for about 3% of people. */
export function skillRows(rng: Random, d: Draft): DemoNetwork["personSkills"] {
  const rows: DemoNetwork["personSkills"] = d.skills.map((s) => ({
    personId: d.id,
    ...s,
    freeLabel: null,
  }));
  if (rng.chance(0.03)) {
    rows.push({
      personId: d.id,
      skillId: null,
      freeLabel: rng.pick(FREE_TAGS),
      level: rng.int(3, 5),
    });
  }
  return rows;
}
