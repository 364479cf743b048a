import { createPerson } from "~/.server/people.server";
import type { Database } from "../../db/client";
import { publicationAuthors, publications } from "../../db/schema";
import { SKILL_CONCEPTS } from "../../db/taxonomy";
import { enqueueIndexing } from "../../search/outbox";
import { seedDemoNetwork } from "../seed/seed";
import type { PersonSpec, Topic } from "./topic-types";
import { TOPICS_1 } from "./topics-1";
import { TOPICS_2 } from "./topics-2";
import { TOPICS_3 } from "./topics-3";
import { TOPICS_4 } from "./topics-4";
import { TOPICS_5 } from "./topics-5";
import { TOPICS_6 } from "./topics-6";

export const TOPICS: Topic[] = [
  ...TOPICS_1,
  ...TOPICS_2,
  ...TOPICS_3,
  ...TOPICS_4,
  ...TOPICS_5,
  ...TOPICS_6,
];

/** Tuning may look at the even topics only; the odd ones are held out. */
export const isHeldOut = (topicId: string) => TOPICS.findIndex((t) => t.id === topicId) % 2 === 1;

export type Role = "exact" | "related" | "decoy";
export type Planted = { id: string; topic: string; role: Role; name: string };

const FIRST = [
  "Salma",
  "Youssef",
  "Lieve",
  "Mehdi",
  "Hajar",
  "Pieter",
  "Imane",
  "Bruno",
  "Kawtar",
  "Anas",
];
const LAST = [
  "Benali",
  "Claes",
  "Ouazzani",
  "Dubois",
  "Tazi",
  "Peeters",
  "Alaoui",
  "Lambert",
  "Chraibi",
  "Jacobs",
  "Fassi",
  "Maes",
];

/**
 * The evaluation network: the demo network as background (≈ 330 listed experts and researchers
 * with generic profiles and papers) plus five hand-written people per topic. Deterministic.
 */
export async function buildEvaluationNetwork(db: Database): Promise<Planted[]> {
  checkSkills();
  await seedDemoNetwork(db);
  const planted: Planted[] = [];
  let n = 0;
  for (const topic of TOPICS) {
    const people: [Role, PersonSpec, "researcher" | "expert", "MA" | "BE", number][] = [
      ["exact", topic.exact, "researcher", "MA", 0],
      ["exact", topic.exact, "researcher", "BE", 1],
      ["related", topic.related, "researcher", "BE", 0],
      ["related", topic.related, "expert", "MA", -1],
      ["decoy", topic.decoy, "expert", "MA", 0],
    ];
    for (const [index, [role, spec, kind, country, variant]] of people.entries()) {
      n += 1;
      const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
      const { id } = await createPerson(db, {
        externalId: `eval-${topic.id}-${index}`,
        kind,
        fullName: name,
        headline: spec.headline,
        bio: spec.bio,
        country,
        city: country === "MA" ? topic.cities.ma : topic.cities.be,
        visibility: "public",
        verification: "verified",
        mentoringStatus: "open",
        mentoringCapacity: 2,
        skills: spec.skills.map(([skillId, level]) => ({
          skillId,
          level: Math.max(2, level - (variant === 1 ? 1 : 0)),
        })),
        sectors: topic.sectors,
        languages: [
          { language: "fr", level: "fluent" },
          { language: "en", level: "professional" },
        ],
        offers: [{ direction: "offer", kind: "mentoring" }],
      });
      // Researchers publish; the second exact expert co-signs and adds one paper of their own.
      const papers =
        kind === "expert"
          ? []
          : variant === 1
            ? spec.publications.slice(1)
            : spec.publications.slice(0, 2);
      await addPublications(db, id, topic.id, papers);
      planted.push({ id, topic: topic.id, role, name });
    }
  }
  return planted;
}

async function addPublications(
  db: Database,
  authorId: string,
  topicId: string,
  papers: [string, string][],
) {
  if (papers.length === 0) return;
  await db.transaction(async (tx) => {
    for (const [title, abstract] of papers) {
      const doi = `10.5555/eval.${topicId}.${slug(title)}`;
      const [row] = await tx
        .insert(publications)
        .values({ title, abstract, year: 2024, doi })
        .onConflictDoUpdate({ target: publications.doi, set: { title } })
        .returning({ id: publications.id });
      await tx
        .insert(publicationAuthors)
        .values({ publicationId: row!.id, personId: authorId, position: 0 })
        .onConflictDoNothing();
    }
    await enqueueIndexing(tx, "person", [authorId]);
  });
}

function checkSkills() {
  const known = new Set(SKILL_CONCEPTS.map((c) => c.id));
  for (const topic of TOPICS) {
    const ids = [
      ...topic.core,
      ...[topic.exact, topic.related, topic.decoy].flatMap((p) => p.skills.map(([id]) => id)),
    ];
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new Error(`Topic ${topic.id}: unknown skills ${unknown.join(", ")}`);
  }
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40);
