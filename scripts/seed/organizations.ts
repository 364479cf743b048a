import { SECTORS } from "../../db/taxonomy";
import { stableUuid } from "./ids";
import { ALL_ORGANIZATIONS, LAB_PARTNERSHIPS } from "./institutions";
import { unique } from "./lists";
import { type DemoNetwork, EPOCH, type Org } from "./model";
import type { Vocabulary } from "./vocabulary";

/** Resolves every organization spec: stable id, known sectors, skill pool, parent, partners. */
export function buildOrganizations(vocab: Vocabulary): Map<string, Org> {
  const known = new Set(SECTORS.map((s) => s.id));
  const orgs = new Map<string, Org>();
  for (const spec of ALL_ORGANIZATIONS) {
    const sectors = unique(spec.sectors.filter((s) => known.has(s)));
    orgs.set(spec.key, {
      spec,
      id: stableUuid(`organization:${spec.key}`),
      sectors: sectors.length > 0 ? sectors : SECTORS.slice(0, 1).map((s) => s.id),
      pool: vocab.pool(spec.focus),
      parent: null,
      partners: [],
    });
  }
  for (const org of orgs.values()) {
    if (org.spec.parent) org.parent = orgs.get(org.spec.parent) ?? null;
  }
  for (const [a, b] of LAB_PARTNERSHIPS) {
    const left = orgs.get(a);
    const right = orgs.get(b);
    if (left && right) {
      left.partners.push(right);
      right.partners.push(left);
    }
  }
  return orgs;
}

/** The organization rows and their sectors (no randomness). */
export function addOrganizations(orgs: Iterable<Org>, net: DemoNetwork) {
  for (const org of orgs) {
    const { spec } = org;
    net.organizations.push({
      id: org.id,
      slug: spec.key,
      name: spec.name,
      acronym: spec.acronym,
      kind: spec.kind,
      country: spec.country,
      city: spec.city,
      parentId: org.parent?.id ?? null,
      description: spec.description,
      website: spec.website,
      createdAt: new Date(EPOCH),
      updatedAt: new Date(EPOCH),
    });
    for (const sectorId of org.sectors)
      net.organizationSectors.push({ organizationId: org.id, sectorId });
  }
}
