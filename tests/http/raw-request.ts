import http from "node:http";

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
};

/**
 * One HTTP request exactly as given: the path is sent byte for byte (fetch would normalize it),
 * any method, any body. For the hostile-input tests.
 */
export function rawRequest(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    /** The client's own address (any of 127.0.0.0/8): a different visitor for rate limits. */
    localAddress?: string;
  },
): Promise<RawResponse> {
  const url = new URL(base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: {
          ...(options.body !== undefined
            ? { "content-length": Buffer.byteLength(options.body) }
            : {}),
          ...options.headers,
        },
        agent: false,
        localAddress: options.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer to ${options.path}`)));
    req.end(options.body);
  });
}
