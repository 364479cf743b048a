import { SKILL_CONCEPTS } from "../../db/taxonomy";
import { draftPeople } from "./drafts";
import { languageRows } from "./languages";
import { drawMemberships } from "./memberships";
import type { DemoNetwork, DemoNetworkCounts, Kind } from "./model";
import { drawOffersNeeds, organizationOffersNeeds } from "./offers";
import { addOrganizations, buildOrganizations } from "./organizations";
import { drawPending, personRow } from "./people";
import { addPublications } from "./publications";
import { Random } from "./random";
import { skillRows } from "./skills";
import { Vocabulary } from "./vocabulary";

export { slugify, stableUuid } from "./ids";
export { DEMO_SIZES, type DemoNetwork, type DemoNetworkCounts } from "./model";

/**
 * Deterministic: the same seed always gives deep-equal rows, ids and slugs. Every draw comes from
 * one seeded stream, so the order of the calls below is part of the output.
 */
export function generateDemoNetwork(seed = 2026): DemoNetwork {
  const rng = new Random(seed);
  const vocab = new Vocabulary(SKILL_CONCEPTS);
  const orgs = buildOrganizations(vocab);
  const net: DemoNetwork = {
    organizations: [],
    people: [],
    memberships: [],
    personSkills: [],
    personLanguages: [],
    personSectors: [],
    organizationSectors: [],
    offersNeeds: [],
    publications: [],
    publicationAuthors: [],
  };
  addOrganizations(orgs.values(), net);

  const drafts = draftPeople(rng, seed, [...orgs.values()], vocab);
  const slugs = new Map<string, number>();
  const pending = drawPending(rng, drafts);
  for (const d of drafts) {
    net.people.push(personRow(rng, d, vocab, slugs, pending));
    net.personSkills.push(...skillRows(rng, d));
    for (const sectorId of d.sectors) net.personSectors.push({ personId: d.id, sectorId });
    net.personLanguages.push(...languageRows(rng, d));
    net.memberships.push(...drawMemberships(rng, d, orgs));
    net.offersNeeds.push(...drawOffersNeeds(rng, d, vocab));
  }
  net.offersNeeds.push(...organizationOffersNeeds(rng, [...orgs.values()], vocab));
  addPublications(rng, seed, drafts, vocab, net);
  return net;
}

export function countDemoNetwork(net: DemoNetwork): DemoNetworkCounts {
  const kinds = (k: Kind) => net.people.filter((p) => p.kind === k).length;
  const counts = Object.fromEntries(Object.entries(net).map(([k, rows]) => [k, rows.length]));
  return {
    ...(counts as { [K in keyof DemoNetwork]: number }),
    researchers: kinds("researcher"),
    experts: kinds("expert"),
    students: kinds("student"),
  };
}
