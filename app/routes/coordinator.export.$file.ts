import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import { csvResponse, toCsv } from "~/.server/csv";
import { EXPORTS, exportDataset } from "~/.server/dashboard/datasets.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { invariantResponse } from "~/utils/responses";
import { STAFF_ROLES } from "~/vocabulary/roles";

/** `<dataset>.csv`, one of the dashboard's datasets. */
const ExportFileSchema = z
  .string()
  .regex(/^[a-z]+\.csv$/)
  .transform((f) => f.slice(0, -".csv".length))
  .pipe(z.enum(EXPORTS));

/** GET /coordinator/export/<dataset>.csv — a dashboard dataset for coordinators and admins. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const parsed = ExportFileSchema.safeParse(params.file);
  invariantResponse(parsed.success, "Not found");
  const { header, rows } = await exportDataset(getDb(), parsed.data, await getLocale(request));
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`passerelle-${parsed.data}-${day}.csv`, toCsv(header, rows));
}
