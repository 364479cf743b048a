/** Roles granted on top of a person's kind (student, expert, researcher). */
export const GRANTED_ROLES = ["coordinator", "admin"] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];
