import { parseArgs } from "node:util";
import { createApiTokenForEmail } from "../app/.server/auth/api-tokens.server";
import { runWithRuntime } from "./run-with-runtime";

// npm run api-token -- --email <email> [--name <name>]: prints a new API token for an existing
// coordinator or admin (only its SHA-256 is stored; this is the one time it is shown).
const USAGE = "Usage: npm run api-token -- --email <email> [--name <token name>]";

let email: string | undefined;
let name: string | undefined;
try {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  email = values.email?.trim();
  name = values.name?.trim() || `CLI ${new Date().toISOString().slice(0, 10)}`;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
  console.error(`An email address is required.\n${USAGE}`);
  process.exit(1);
}
if (name.length > 80) {
  console.error("The token name must be at most 80 characters.");
  process.exit(1);
}

await runWithRuntime(async ({ db }) => {
  const result = await createApiTokenForEmail(db, email, name);
  if (!result.ok) {
    console.error(
      result.reason === "unknownAccount"
        ? `No account with the email ${email}.`
        : `${email} is neither a coordinator nor an admin: API tokens are for them only.`,
    );
    return 1;
  }
  console.error(`New API token "${name}" for ${email} (shown once; keep it secret):`);
  console.log(result.token);
  return 0;
});
