import { describe, expect, it } from "vitest";
import { LOCALES } from "~/utils/i18n";
import { renderNotification } from "../inbox/render-notification";
import { MENTORSHIP_NOTICE_KINDS } from "./notify.server";

describe("mentorship notifications in the inbox", () => {
  it.each(LOCALES)("render every kind in %s with its parameters", (locale) => {
    for (const kind of MENTORSHIP_NOTICE_KINDS) {
      const text = renderNotification(locale, {
        kind: `mentorship.${kind}`,
        payload: { requestId: "x", student: "Salma", mentor: "Amina", days: 3 },
      });
      expect(text, kind).not.toMatch(/\{\w+\}/);
      expect(text, kind).not.toBe(renderNotification(locale, { kind: "nope", payload: {} }));
    }
  });
});
