import type { PersonKind } from "../../db/schema";
import roleData from "./data/roles.json" with { type: "json" };

/** Roles, gendered in French ([masculine, feminine]) with an English equivalent. */
export type Role = { fr: [string, string]; en: string };

/** A [masculine, feminine] pair from the JSON file, checked once at load. */
function pair(forms: string[], what: string): [string, string] {
  const [m, f] = forms;
  if (forms.length !== 2 || !m || !f) throw new Error(`${what} needs [masculine, feminine]`);
  return [m, f];
}

function role({ fr, en }: { fr: string[]; en: string }): Role {
  return { fr: pair(fr, `Role "${en}"`), en };
}

/** Academic roles with their relative frequency in each country (titles differ). */
export const RESEARCHER_ROLES: [Role, { MA: number; BE: number }][] = roleData.researcher.map(
  (r) => [role(r), r.weight],
);

export const STUDENT_ROLES = {
  phd: role(roleData.student.phd),
  master: role(roleData.student.master),
  engineer: role(roleData.student.engineer),
};

/** Expert roles by the taxonomy group that dominates their organization's focus. */
export const EXPERT_ROLES: Record<string, Role[]> = Object.fromEntries(
  Object.entries(roleData.expert).map(([group, roles]) => [group, roles.map(role)]),
);

export const INCUBATOR_ROLES: Role[] = roleData.incubator.map(role);

/** Arabic headline roles by person kind ([masculine, feminine]). */
export const ARABIC_ROLES: Readonly<Record<PersonKind, readonly [string, string]>> = {
  researcher: pair(roleData.arabic.researcher, "Arabic researcher role"),
  expert: pair(roleData.arabic.expert, "Arabic expert role"),
  student: pair(roleData.arabic.student, "Arabic student role"),
};
