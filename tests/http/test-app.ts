import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { REQUEST_RATE_DEFAULTS, type RequestRateLimits } from "~/.server/auth/rate-limit.server";
import { createApp } from "../../server/app";
import { listen } from "../../server/listen";
import { createTestContext, type TestContext } from "../setup/test-context";
import { ensureProductionBuild } from "./production-build";

export type TestApp = { url: string; ctx: TestContext; close: () => Promise<void> };

/**
 * The real HTTP pipeline (server/app.ts) serving the production build, in this process, on a
 * database and index prefix of the test's own: what a browser or an attacker talks to.
 */
export async function startTestApp(
  options: { limits?: Partial<RequestRateLimits>; publicUrl?: string } = {},
): Promise<TestApp> {
  const entry = await ensureProductionBuild();
  const ctx = await createTestContext();
  const build = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as ServerBuild;
  const app = createApp({
    config: {
      NODE_ENV: "production",
      PUBLIC_URL: options.publicUrl,
      TRUST_PROXY: undefined,
      ...REQUEST_RATE_DEFAULTS,
      ...options.limits,
    },
    build,
  });
  const server = listen(app, 0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await ctx.cleanup();
    },
  };
}

/** Rate limits off: tests that are not about them send many requests from one address. */
export const NO_RATE_LIMITS: RequestRateLimits = {
  RATE_LIMIT_API_PER_MINUTE: 0,
  RATE_LIMIT_TOKEN_PER_MINUTE: 0,
  RATE_LIMIT_PAGES_PER_MINUTE: 0,
};
