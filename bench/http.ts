import http from "node:http";

/**
 * One keep-alive node:http client for every HTTP call the bench times (the app and Meilisearch
 * alike), so neither side pays a transport the other does not.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export type HttpResponse = { status: number; text: string; ms: number };

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResponse> {
  const headers = { ...options.headers };
  if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    headers["content-length"] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.request(url, { method: options.method ?? "GET", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), ms });
      });
      res.on("error", reject);
    });
    req.setNoDelay(true);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

export async function requestJson<T>(
  url: string,
  options: Parameters<typeof request>[1] = {},
): Promise<{ status: number; json: T; ms: number }> {
  const res = await request(url, options);
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${options.method ?? "GET"} ${url} → ${res.status}: ${res.text.slice(0, 300)}`);
  }
  return { status: res.status, json: JSON.parse(res.text) as T, ms: res.ms };
}
