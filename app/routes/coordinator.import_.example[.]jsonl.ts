import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/.server/auth/require-user.server";
import { exampleFile } from "~/.server/import/import-format.server";

/** GET /coordinator/import/example.jsonl — the format page's example, ready to import. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return new Response(exampleFile(), {
    headers: {
      "content-type": "application/jsonl; charset=utf-8",
      "content-disposition": 'attachment; filename="passerelle-import-example.jsonl"',
    },
  });
}
