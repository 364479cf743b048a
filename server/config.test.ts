import { describe, expect, test } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("configuration", () => {
  test("defaults: port 3000 on 127.0.0.1, data under .data, demo seeded", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe("127.0.0.1");
    expect(config.dataDir.endsWith(".data")).toBe(true);
    expect(config.SEED_DEMO).toBe(true);
  });

  test.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ MEILI_URL: "not a url" }, "MEILI_URL"],
    [{ MEILI_INDEX_PREFIX: "bad prefix!" }, "MEILI_INDEX_PREFIX"],
    [{ SMTP_URL: "mail.example.org" }, "SMTP_URL"],
    [{ PUBLIC_URL: "passerelle.example" }, "PUBLIC_URL"],
    [{ TRUST_PROXY: "proxy; rm -rf" }, "TRUST_PROXY"],
  ])("a bad value stops start-up with one line naming the variable (%o)", (env, name) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message.split("\n")).toHaveLength(1);
  });

  test("TRUST_PROXY takes a hop count or addresses", () => {
    expect(parseConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
    expect(parseConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toBe(
      "loopback, 10.0.0.0/8",
    );
  });

  test("SEED_DEMO=false disables the demo network", () => {
    expect(parseConfig({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });
});
