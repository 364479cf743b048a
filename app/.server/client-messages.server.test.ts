import { describe, expect, test } from "vitest";
import { loader } from "~/routes/i18n.$file";
import { messagesHref } from "./client-messages.server";

const get = (file: string) =>
  loader({
    request: new Request(`http://localhost/i18n/${file}`),
    params: { file },
    context: {},
  }) as Promise<Response>;

async function messagesOf(response: Response) {
  const body = await response.text();
  const module = await import(`data:text/javascript,${encodeURIComponent(body)}`);
  return module.default as Record<string, string>;
}

describe("the browser's messages", () => {
  test("one language per script, cached for good under its hash", async () => {
    const href = messagesHref("ar");
    const response = await get(href.replace("/i18n/", ""));
    expect(response.headers.get("cache-control")).toContain("immutable");
    const messages = await messagesOf(response);
    expect(messages["directory.title"]).toBe("دليل الخبراء");
    expect(Object.values(messages)).not.toContain("Annuaire des experts");
    // E-mails and notifications are written on the server: the browser never needs them.
    expect(Object.keys(messages).some((k) => k.startsWith("email."))).toBe(false);
  });

  test("an unknown hash still answers today's messages, uncached; a bad name is a 404", async () => {
    const stale = await get("fr.0123456789ab.js");
    expect(stale.headers.get("cache-control")).toBe("no-cache");
    expect((await messagesOf(stale))["directory.title"]).toBe("Annuaire des experts");
    expect((await get("de.js")).status).toBe(404);
    expect((await get("../secrets")).status).toBe(404);
  });
});
