import { randomUUID } from "node:crypto";

/** Logs an unexpected error with an id the user can quote; never sends the stack to the client. */
export function logError(error: unknown, request?: Request) {
  const id = randomUUID().slice(0, 8);
  const where = request ? `${request.method} ${new URL(request.url).pathname}` : "";
  console.error(`[${id}] ${where}`, error);
  return id;
}
