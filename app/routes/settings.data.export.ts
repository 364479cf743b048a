import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAccountData } from "~/.server/auth/account-data.server";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";

/** GET /settings/data/export — the signed-in user's data as a JSON download. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = await exportAccountData(getDb(), user.userId);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="passerelle-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
