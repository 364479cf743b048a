import type { Draft, MembershipRow, Org } from "./model";
import type { Random } from "./random";

/** The primary membership, plus maybe a partner lab, the parent university or a host network. */
export function drawMemberships(rng: Random, d: Draft, orgs: Map<string, Org>) {
  const role = d.role.fr[d.gender === "f" ? 1 : 0];
  const rows: MembershipRow[] = [
    { personId: d.id, organizationId: d.org.id, role, isPrimary: true },
  ];
  const add = (org: Org | null | undefined, text: string) => {
    if (org && org.id !== d.org.id)
      rows.push({ personId: d.id, organizationId: org.id, role: text, isPrimary: false });
  };
  const f = d.gender === "f";
  if (d.kind === "researcher") {
    if (rng.chance(0.15) && d.org.partners.length > 0)
      add(rng.pick(d.org.partners), f ? "Chercheuse associée" : "Chercheur associé");
    else if (rng.chance(0.5)) add(d.org.parent, role);
  } else if (d.kind === "student") {
    if (rng.chance(0.4)) add(d.org.parent, role);
  } else if (rng.chance(0.25)) {
    const hosts = [...orgs.values()].filter(
      (o) =>
        o.spec.country === d.org.spec.country && ["association", "incubator"].includes(o.spec.kind),
    );
    if (hosts.length > 0) add(rng.pick(hosts), rng.chance(0.5) ? "Mentor" : "Membre");
  }
  return rows;
}
