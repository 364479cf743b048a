import type { AppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as express sees it (server/index.ts getLoadContext). */
    clientIp?: string;
  }
}

export function clientIp(context: AppLoadContext | undefined): string {
  return context?.clientIp || "unknown";
}
