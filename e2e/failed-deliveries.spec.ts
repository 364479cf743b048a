import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support";

test("a coordinator reaches the failed deliveries from the main navigation; they read right to left on a phone", async ({
  browser,
  baseURL,
}) => {
  // Two layouts, two languages, two accessibility passes: room on a loaded machine.
  test.slow();
  const page = await signIn(browser, DEMO.coordinatorRabat);
  await page.goto("/coordinator");
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Envois en échec" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Envois en échec" })).toBeVisible();
  // The demo network indexes and mails without a refusal: both queues are empty.
  for (const queue of ["Index de recherche", "E-mails"]) {
    const section = page.getByRole("region", { name: queue });
    await expect(section).toContainText("en échec : 0");
    await expect(section).toContainText("Aucun envoi en échec.");
  }
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.request.post("/locale", {
    form: { locale: "ar", redirectTo: "/coordinator/deliveries" },
    headers: { Origin: baseURL! },
  });
  await page.goto("/coordinator/deliveries");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الإرسالات المتعثرة");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectAccessible(page);
  await page.context().close();
});
