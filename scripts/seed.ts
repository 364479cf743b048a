import { drainWithProgress } from "../server/boot";
import { runWithRuntime } from "./run-with-runtime";
import { seedDemoNetwork } from "./seed/seed";

// npm run seed: replaces people and organizations with the demo network (the taxonomy stays).
await runWithRuntime(async ({ db, search }) => {
  console.log("Resetting the demo network…");
  const counts = await seedDemoNetwork(db, { reset: true });
  console.log(`Seeded ${counts.people} people and ${counts.organizations} organizations.`);
  await drainWithProgress(db, search, (line) => console.log(line));
  return 0;
});
