import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/.server/auth/require-user.server";
import { dataDirectory } from "~/.server/data-directory.server";
import { getDb } from "~/.server/db.server";
import { readConvention } from "~/.server/pairings";
import { isUuid } from "~/utils/field-schemas";
import { invariantResponse } from "~/utils/responses";

/**
 * GET /pairings/<id>/convention.pdf — the signed convention, for the pairing's parties and
 * coordinators only (anyone else gets the same 404 as for a pairing without one). Never cached by
 * shared caches, always a download.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  invariantResponse(isUuid(params.id), "Not found");
  const { fileName, bytes } = await readConvention(getDb(), user, params.id, dataDirectory());
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
