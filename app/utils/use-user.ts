import { useRouteLoaderData } from "@remix-run/react";
import type { GrantedRoleValue } from "./vocabulary";

/** What the layout knows about the signed-in user (root loader). */
export type HeaderUser = {
  name: string;
  slug: string | null;
  roles: GrantedRoleValue[];
  /** The kind of profile the account owns: students get mentor suggestions. */
  kind?: "student" | "expert" | "researcher" | null;
};

export function useOptionalUser(): HeaderUser | null {
  const data = useRouteLoaderData<{ user?: HeaderUser | null }>("root");
  return data?.user ?? null;
}
