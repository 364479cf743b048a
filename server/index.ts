import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { log } from "../app/.server/log.server";
import { createApp } from "./app";
import { boot } from "./boot";
import { ConfigError, parseConfig } from "./config";
import { listen } from "./listen";

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
process.env.LOG_LEVEL = config.LOG_LEVEL;

const runtime = await boot(config, { worker: true });

const production = config.NODE_ENV === "production";
const vite = production
  ? undefined
  : await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));

const build = vite
  ? () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild);

const app = createApp({ config, build, vite });

const server = listen(app, config.PORT, config.HOST, () => {
  console.log(`Passerelle is ready on http://${config.HOST}:${config.PORT}`);
});

let closing = false;
async function close(signal: string) {
  if (closing) return;
  closing = true;
  log().info({ signal }, "stopping");
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
