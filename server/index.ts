import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { withDomainErrorsBuild } from "../app/.server/http/domain-boundary.server";
import { boot } from "./boot";
import { ConfigError, parseConfig } from "./config";
import { originCheck } from "./origin-check";

const config = (() => {
  try {
    return parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
})();

const runtime = await boot(config, { worker: true });

const app = express();
if (config.TRUST_PROXY) {
  const hops = Number(config.TRUST_PROXY);
  app.set("trust proxy", Number.isInteger(hops) ? hops : config.TRUST_PROXY);
}
app.disable("x-powered-by");

const production = config.NODE_ENV === "production";
const vite = production
  ? undefined
  : await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));

if (vite) {
  app.use(vite.middlewares);
} else {
  const client = path.resolve("build/client");
  app.use(
    "/assets",
    express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(client, { maxAge: "1h" }));
}

// Every route behind the domain-error boundary (docs/decisions/031-actor-and-domain-errors.md).
const build = vite
  ? async () =>
      withDomainErrorsBuild((await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild)
  : withDomainErrorsBuild(
      (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild,
    );

// CSRF: every non-GET request must come from this site (after static files, before Remix).
app.use(originCheck({ publicUrl: config.PUBLIC_URL }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (req) => ({ clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

const server = app.listen(config.PORT, config.HOST, () => {
  console.log(`Passerelle is ready on http://${config.HOST}:${config.PORT}`);
});

let closing = false;
async function close(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: stopping…`);
  server.close();
  server.closeAllConnections();
  await vite?.close();
  await runtime.shutdown();
  process.exit(0);
}
// We own shutdown: Vite's dev server would otherwise exit mid-way, orphaning the engines.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void close(signal));
}
