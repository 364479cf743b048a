import { mkdirSync } from "node:fs";
import { test } from "@playwright/test";
import { seedAgendaEvent } from "./event-fixture";
import { DEMO, DEMO_PASSWORD } from "./support";

test("tmp shots", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  await seedAgendaEvent("shots");
  mkdirSync("/tmp/agenda-shots", { recursive: true });
  for (const [who, paths] of [
    [DEMO.researcher, ["/events/shots/agenda"]],
    [DEMO.coordinatorRabat, ["/events/shots/dashboard", "/events/shots/check-in"]],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(who);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    for (const locale of ["fr", "ar"]) {
      const value = encodeURIComponent(Buffer.from(JSON.stringify(locale)).toString("base64"));
      await context.addCookies([{ name: "lang", value, url: baseURL as string }]);
      for (const p of paths) {
        const name = p.split("/").pop();
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(p);
        await page.screenshot({
          path: `/tmp/agenda-shots/${name}-${locale}-phone.png`,
          fullPage: true,
        });
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.screenshot({
          path: `/tmp/agenda-shots/${name}-${locale}-desktop.png`,
          fullPage: true,
        });
        if (name === "agenda" && locale === "fr") {
          await page.emulateMedia({ media: "print" });
          await page.screenshot({ path: `/tmp/agenda-shots/${name}-print.png`, fullPage: true });
          await page.pdf({ path: "/tmp/agenda-shots/agenda.pdf" });
          await page.emulateMedia({ media: "screen" });
        }
      }
    }
    await context.close();
  }
});
