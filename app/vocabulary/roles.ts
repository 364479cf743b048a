/** Roles granted on top of a person's kind (student, expert, researcher). */
export const GRANTED_ROLES = ["coordinator", "admin"] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];

/** Coordinators and admins: they see every profile, pairing and request, and run the network. */
export const STAFF_ROLES = ["coordinator", "admin"] as const satisfies readonly GrantedRole[];
