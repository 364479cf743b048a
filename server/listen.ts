import type http from "node:http";
import type { Express } from "express";
import { log } from "../app/.server/log.server";

/**
 * Starts the HTTP server. What Node's parser refuses before Express sees it (an unknown method
 * such as FOO, a malformed request line, headers over 16 KB) is still answered in JSON, like any
 * other refusal, and logged as one line.
 */
export function listen(app: Express, port: number, host: string, onReady?: () => void) {
  const server = app.listen(port, host, onReady);
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const [status, text] = tooLarge
      ? [431, "Request Header Fields Too Large"]
      : [400, "Bad Request"];
    log().warn({ status, reason: error.code ?? "clientError" }, "request");
    // A HEAD request gets headers only, or the client would read the body as a next response.
    const head = String((error as { rawPacket?: Buffer }).rawPacket ?? "").startsWith("HEAD ");
    const json = JSON.stringify({ error: `Malformed HTTP request (${error.code ?? "unknown"})` });
    const body = head ? "" : json;
    socket.end(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server as http.Server;
}
