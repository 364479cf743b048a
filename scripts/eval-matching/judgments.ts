import { and, eq, gte, inArray, ne } from "drizzle-orm";
import type { Database } from "../../db/client";
import { people, personSkills } from "../../db/schema";
import { type Planted, TOPICS } from "./network";

/** Relevance grades of one topic: person id → 2 (exact) or 1 (related); absent means 0. */
export type Judgments = Map<string, number>;

/**
 * Graded by construction, never by the engine: planted exact experts 2, planted related ones 1,
 * and anyone listed (background included) who claims a core concept of the topic at level ≥ 4 is
 * at least 1. Decoys stay 0.
 */
export async function judgeTopics(
  db: Database,
  planted: Planted[],
): Promise<Map<string, Judgments>> {
  const out = new Map<string, Judgments>();
  for (const topic of TOPICS) {
    const grades: Judgments = new Map();
    const holders = await db
      .selectDistinct({ id: personSkills.personId })
      .from(personSkills)
      .innerJoin(people, eq(people.id, personSkills.personId))
      .where(
        and(
          inArray(personSkills.skillId, topic.core),
          gte(personSkills.level, 4),
          ne(people.kind, "student"),
          eq(people.verification, "verified"),
          ne(people.visibility, "hidden"),
        ),
      );
    for (const { id } of holders) grades.set(id, 1);
    for (const p of planted.filter((p) => p.topic === topic.id)) {
      if (p.role === "exact") grades.set(p.id, 2);
      else if (p.role === "related") grades.set(p.id, Math.max(1, grades.get(p.id) ?? 0));
    }
    out.set(topic.id, grades);
  }
  return out;
}
