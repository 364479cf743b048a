import { useRouteLoaderData } from "@remix-run/react";
import type { PersonKind } from "~/vocabulary/people";
import type { GrantedRole } from "~/vocabulary/roles";

/** What the layout knows about the signed-in user (root loader). */
export type HeaderUser = {
  name: string;
  slug: string | null;
  roles: GrantedRole[];
  /** The kind of profile the account owns: students get mentor suggestions. */
  kind?: PersonKind | null;
};

export function useOptionalUser(): HeaderUser | null {
  const data = useRouteLoaderData<{ user?: HeaderUser | null }>("root");
  return data?.user ?? null;
}
