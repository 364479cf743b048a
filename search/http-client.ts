import http from "node:http";
import https from "node:https";

/**
 * A keep-alive node:http transport for the Meilisearch client. Node 20's fetch added ~45 ms to a
 * 2 ms search here (docs/decisions/003-meilisearch-transport.md, measured again in bench/); this
 * path adds well under 1 ms.
 */
export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "MeiliHttpError";
  }
}

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export function keepAliveHttpClient(timeoutMs = 10_000) {
  return async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init?.body === "string" ? init.body : undefined;
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    const transport = url.protocol === "https:" ? https : http;
    const agent = agents[url.protocol as keyof typeof agents];

    const { status, text } = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const req = transport.request(
          url,
          { method: init?.method ?? "GET", headers, agent, timeout: timeoutMs },
          (res) => {
            // Meilisearch answers a refused body (413) without reading all of it: the rest would
            // greet the next request on this socket, which then timed out. Never reuse it.
            if ((res.statusCode ?? 0) >= 400 && body !== undefined) req.shouldKeepAlive = false;
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            res.on("error", reject);
          },
        );
        req.setNoDelay(true);
        req.on("timeout", () =>
          req.destroy(new Error(`Meilisearch timed out after ${timeoutMs} ms`)),
        );
        req.on("error", reject);
        req.end(body);
      },
    );

    const parsed = text === "" ? undefined : JSON.parse(text);
    if (status < 200 || status >= 300) {
      const message = (parsed as { message?: string } | undefined)?.message ?? `HTTP ${status}`;
      throw new MeiliHttpError(status, (parsed as { code?: string } | undefined)?.code, message);
    }
    return parsed;
  };
}
