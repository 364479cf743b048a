import { slugify } from "./ids";
import { DAY, type DemoNetwork, type Draft, EPOCH } from "./model";
import { NAME_POOLS } from "./names";
import type { Random } from "./random";
import { profileText } from "./texts";
import type { Vocabulary } from "./vocabulary";

type PersonRow = DemoNetwork["people"][number];

/** Five researchers or experts whose verification is still pending. */
export function drawPending(rng: Random, drafts: Draft[]): Set<string> {
  return new Set(
    rng
      .sample(
        drafts.filter((d) => d.kind !== "student"),
        5,
      )
      .map((d) => d.id),
  );
}

/**
 * A person's row: full name and unique slug (counted in `slugs`), texts, contact details,
 * mentoring availability and visibility.
 */
export function personRow(
  rng: Random,
  d: Draft,
  vocab: Vocabulary,
  slugs: Map<string, number>,
  pending: Set<string>,
): PersonRow {
  const fullName = `${d.first} ${rng.pick(NAME_POOLS[d.origin].last)}`;
  const base = slugify(fullName);
  const seen = (slugs.get(base) ?? 0) + 1;
  slugs.set(base, seen);
  const slug = seen === 1 ? base : `${base}-${seen}`;
  const text = profileText(rng, d, vocab);
  const student = d.kind === "student";
  const open = !student && rng.chance(0.8);
  const createdAt = new Date(EPOCH + rng.int(0, 330) * DAY);
  return {
    id: d.id,
    slug,
    kind: d.kind,
    fullName,
    headline: text.headline,
    bio: text.bio,
    email: `${slug}@${rng.chance(0.15) ? "example.org" : d.org.spec.country === "MA" ? "example.ma" : "example.be"}`,
    phone: rng.chance(0.4) ? fakePhone(rng, d.org.spec.country) : null,
    country: d.org.spec.country,
    city: d.org.spec.city,
    mentoringStatus: open ? "open" : "paused",
    mentoringCapacity: student ? 0 : open ? rng.int(1, 5) : rng.int(0, 2),
    visibility: student ? "members" : rng.chance(0.03) ? "members" : "public",
    verification: pending.has(d.id) ? "pending" : "verified",
    createdAt,
    updatedAt: createdAt,
  };
}

function fakePhone(rng: Random, country: string): string {
  const pair = () => String(rng.int(0, 99)).padStart(2, "0");
  return country === "MA"
    ? `+212 6${rng.int(10, 99)} ${pair()} ${pair()} ${pair()}`
    : `+32 4${rng.int(70, 99)} ${pair()} ${pair()} ${pair()}`;
}
