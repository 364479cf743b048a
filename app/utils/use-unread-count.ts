import { useRouteLoaderData } from "@remix-run/react";

/** Unread notifications of the signed-in user (root loader; 0 when signed out). */
export function useUnreadCount(): number {
  const data = useRouteLoaderData<{ unreadCount?: number }>("root");
  return data?.unreadCount ?? 0;
}
