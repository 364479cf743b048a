import autocannon from "autocannon";

/**
 * The load generator, in its own process so it does not share the bench's event loop: autocannon
 * with a fixed number of connections, each cycling through the query URLs. Prints one JSON line.
 */
const { url, paths, connections, duration } = JSON.parse(process.argv[2] ?? "{}") as {
  url: string;
  paths: string[];
  connections: number;
  duration: number;
};
const result = await autocannon({
  url,
  connections,
  duration,
  requests: paths.map((path) => ({ method: "GET", path })),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
