import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { EXAMPLE_LINES, IMPORT_FIELDS } from "~/.server/import/import-format.server";
import { getLocale } from "~/.server/locale.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { localized, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { FieldTable } from "./field-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

/** GET /coordinator/import/format — the import file's format, every field, an example. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  const { sectors } = await getVocabulary();
  return {
    title: translator(locale)("importFormat.title"),
    fields: IMPORT_FIELDS,
    sectors: [...sectors.values()]
      .map((s) => ({ id: s.id, label: localized(s, locale) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    example: JSON.stringify(EXAMPLE_LINES[0]),
  };
}

export default function ImportFormatPage() {
  const t = useT();
  const { fields, sectors, example } = useLoaderData<typeof loader>();
  return (
    <div className="import-format stack">
      <p>
        <Link to="/coordinator/import">{t("importFormat.back")}</Link>
      </p>
      <h1>{t("importFormat.title")}</h1>
      <p>{t("importFormat.lead")}</p>
      <h2>{t("importFormat.fieldsTitle")}</h2>
      <FieldTable fields={fields} sectors={sectors} />
      <h2>{t("importFormat.exampleTitle")}</h2>
      <p>{t("importFormat.exampleLead")}</p>
      <pre className="code-block" dir="ltr" data-testid="example-line">
        {example}
      </pre>
      <p>
        <a href="/coordinator/import/example.jsonl" download>
          {t("importFormat.download")}
        </a>
      </p>
      <h2>{t("importFormat.rulesTitle")}</h2>
      <ul>
        <li>{t("importFormat.rule.upsert")}</li>
        <li>{t("importFormat.rule.rejected")}</li>
        <li>{t("importFormat.rule.unknownField")}</li>
        <li>{t("importFormat.rule.organization")}</li>
        <li>{t("importFormat.rule.verified")}</li>
        <li>{t("importFormat.rule.duplicate")}</li>
      </ul>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
