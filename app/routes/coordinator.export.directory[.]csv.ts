import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/.server/auth/require-user.server";
import { csvResponse } from "~/.server/csv";
import { exportDirectoryCsv } from "~/.server/directory-export.server";
import { getLocale } from "~/.server/locale.server";
import { DirectoryQuerySchema, searchParamsToInput } from "~/utils/directory-query-schema";
import { STAFF_ROLES } from "~/vocabulary/roles";

/** The directory with the current filters, as CSV, for coordinators and admins. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const url = new URL(request.url);
  const parsed = DirectoryQuerySchema.safeParse(searchParamsToInput(url.searchParams));
  if (!parsed.success) return new Response("Invalid filters", { status: 400 });
  const csv = await exportDirectoryCsv(parsed.data, await getLocale(request), url.origin);
  const date = new Date().toISOString().slice(0, 10);
  return csvResponse(`passerelle-directory-${date}.csv`, csv);
}
