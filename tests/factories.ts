import { createPerson, type NewPersonInput } from "~/.server/people.server";
import type { Database } from "../db/client";

let counter = 0;

/** A verified, public expert with the given skills, created through the real writer. */
export function makeExpert(db: Database, overrides: Partial<NewPersonInput> = {}) {
  counter += 1;
  return createPerson(db, {
    kind: "expert",
    fullName: `Expert Test ${counter}`,
    headline: "Ingénieure en données",
    country: "MA",
    city: "Rabat",
    visibility: "public",
    verification: "verified",
    mentoringStatus: "open",
    mentoringCapacity: 2,
    skills: [{ skillId: "machine-learning", level: 4 }],
    languages: [{ language: "fr", level: "fluent" }],
    ...overrides,
  });
}

/** Waits until the condition holds (index work is asynchronous by design). */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}
