import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PresentedReport } from "~/.server/import/present-report.server";
import { localeCookie } from "~/.server/locale.server";
import type { FormResult } from "~/utils/forms";
import { organizations } from "../../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { loader as exampleLoader } from "../coordinator.import_.example[.]jsonl";
import { action, loader } from "./route";

let ctx: TestContext;
let coordinator: TestAccount;
const route = { loader, action };
type Body = { report: PresentedReport | null; result: FormResult };

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" });
});
afterAll(async () => {
  await ctx.cleanup();
});

const upload = async (file: File | string, lang: "fr" | "en" | "ar" = "fr") => {
  const outcome = await callRoute(route, {
    method: "POST",
    url: "/coordinator/import",
    cookie: `${coordinator.cookie}; ${await localeCookie.serialize(lang)}`,
    form: { file },
  });
  return { status: outcome.status, body: outcome.body as Body };
};
const jsonl = (lines: unknown[]) =>
  new File(
    [lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")],
    "people.jsonl",
  );

describe("the import page", () => {
  test("no file, or an empty one, is said at the file field (400), nothing imported", async () => {
    const none = await upload(new File([], ""));
    expect(none.status).toBe(400);
    expect(none.body.result.error?.file).toEqual([{ key: "import.errorMissing" }]);
    const empty = await upload(new File([], "people.jsonl"));
    expect(empty.status).toBe(400);
    expect(empty.body.result.error?.file).toEqual([{ key: "import.errorEmpty" }]);
    expect(empty.body.report).toBeNull();
  });

  test("rejected lines come back in the coordinator's language, with line and field", async () => {
    const file = () =>
      jsonl([
        { externalId: "route-1", kind: "expert", name: "Imane Route", country: "MA" },
        { kind: "expert", name: "Sans Identifiant", country: "BE" },
        '{"externalId": "route-3",',
      ]);
    const fr = await upload(file(), "fr");
    expect(fr.status).toBe(200);
    expect(fr.body.report?.rejected.map((g) => g.text)).toEqual([
      "Ligne 2 : l'identifiant externe (externalId) est obligatoire",
      "Ligne 3 : ce n'est pas du JSON valide (chaque ligne est un objet { … } complet)",
    ]);
    // Each count in its own plural form: "1 créée", not "1 créées".
    expect(fr.body.report?.summary).toBe(
      "3 lignes : 1 créée, 0 mise à jour, 0 inchangée, 2 refusées.",
    );
    const ar = await upload(file(), "ar");
    expect(ar.body.report?.summary).toBe(
      "3 أسطر: لم يُنشأ أحد، لم يُحدَّث أحد، شخص واحد دون تغيير، رُفض سطران.",
    );
    expect(ar.body.report?.rejected[0]?.text).toBe(
      "السطر 2: يلزم ذكر المعرّف الخارجي (\u2068externalId\u2069)",
    );
    expect(ar.body.report).toMatchObject({ lines: 3, unchanged: 1, rejectedLines: 2 });
  });

  test("the downloadable example imports without a rejected line", async () => {
    await ctx.db.insert(organizations).values({
      slug: "universite-mohammed-v-de-rabat",
      name: "Université Mohammed V de Rabat",
      acronym: "UM5",
      kind: "university",
      country: "MA",
      city: "Rabat",
    });
    const request = new Request("http://localhost/coordinator/import/example.jsonl", {
      headers: { Cookie: coordinator.cookie },
    });
    const response = await exampleLoader({ request, params: {}, context: {} });
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const imported = await upload(new File([await response.text()], "example.jsonl"));
    expect(imported.body.report).toMatchObject({ lines: 3, created: 3, rejectedLines: 0 });
    expect(imported.body.report?.warnings).toEqual([]);
  });
});
