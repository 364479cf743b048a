import { boot, type Runtime } from "../server/boot";
import { ConfigError, parseConfig } from "../server/config";

/**
 * Runs a command-line task against the same services the app uses: attaches to a running app's
 * embedded PostgreSQL and Meilisearch, or starts them for the duration of the task.
 */
export async function runWithRuntime(task: (runtime: Runtime) => Promise<number | undefined>) {
  let runtime: Runtime | undefined;
  let code = 0;
  // Stop the engines this task started, also when interrupted.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void (runtime?.shutdown() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    const config = parseConfig();
    runtime = await boot({ ...config, SEED_DEMO: false }, { attach: true, log: () => {} });
    code = (await task(runtime)) ?? 0;
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    code = code || 2;
  } finally {
    await runtime?.shutdown();
  }
  process.exit(code);
}

/** A one-line progress bar on a terminal, plain lines in CI logs. */
export function progressPrinter(label: string) {
  let lastLine = 0;
  return (done: number, total: number) => {
    const share = total === 0 ? 1 : done / total;
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stdout.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`,
      );
      if (done >= total) process.stdout.write("\n");
    } else if (done >= total || Date.now() - lastLine > 1000) {
      lastLine = Date.now();
      console.log(`${label}: ${done}/${total} (${Math.round(share * 100)}%)`);
    }
  };
}
