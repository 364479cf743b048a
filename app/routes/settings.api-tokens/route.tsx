import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createApiToken, listApiTokens, revokeApiToken } from "~/.server/auth/api-tokens.server";
import { requireRole } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { type FieldErrors, type FormValues, parseSubmission, stringAt } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { formatDateTime, formatDay } from "~/utils/pairing-format";
import { useLocale, useT } from "~/utils/use-i18n";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { ApiTokenActionSchema } from "./schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const tokens = await listApiTokens(getDb(), user.userId);
  return {
    title: translator(await getLocale(request))("apiTokens.title"),
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
  };
}

type Outcome = {
  created?: { name: string; token: string };
  revoked?: string;
  errors?: FieldErrors;
  values?: FormValues;
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const submission = parseSubmission(ApiTokenActionSchema, await request.formData());
  if (!submission.success) {
    return data<Outcome>({ errors: submission.errors, values: submission.values }, { status: 400 });
  }
  const db = getDb();
  const input = submission.data;
  if (input.intent === "create") {
    const created = await createApiToken(db, user.userId, input.name);
    return data<Outcome>({ created: { name: created.name, token: created.token } });
  }
  const tokens = await listApiTokens(db, user.userId);
  const name = tokens.find((t) => t.id === input.tokenId)?.name;
  if (!name || !(await revokeApiToken(db, user.userId, input.tokenId))) {
    return data<Outcome>({ errors: { "": { key: "apiTokens.revoke.gone" } } }, { status: 404 });
  }
  return data<Outcome>({ revoked: name });
}

export default function ApiTokensPage() {
  const t = useT();
  const locale = useLocale();
  const { tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Outcome | undefined;
  const busy = useNavigation().state === "submitting";
  const createErrors = stringAt(result?.values, "intent") === "create" ? result?.errors : undefined;
  return (
    <div className="settings-page">
      <SettingsNav />
      <h1>{t("apiTokens.title")}</h1>
      <p>{t("apiTokens.lead")}</p>
      {result?.created ? (
        <section className="editor-section" aria-live="polite">
          <h2>{t("apiTokens.created.title", { name: result.created.name })}</h2>
          <p>{t("apiTokens.created.once")}</p>
          <input
            className="api-token-value"
            readOnly
            value={result.created.token}
            aria-label={t("apiTokens.created.title", { name: result.created.name })}
            data-testid="new-api-token"
            dir="ltr"
            onFocus={(e) => e.currentTarget.select()}
          />
        </section>
      ) : null}
      {result?.revoked ? (
        <p role="status">{t("apiTokens.revoked", { name: result.revoked })}</p>
      ) : null}
      {result?.errors?.[""] ? <FormAlert>{t(result.errors[""].key)}</FormAlert> : null}
      <section className="editor-section">
        <h2>{t("apiTokens.create.title")}</h2>
        <Form method="post" noValidate className="stacked-form">
          <input type="hidden" name="intent" value="create" />
          <Field
            label={t("apiTokens.create.name")}
            name="name"
            hint={t("apiTokens.create.hint")}
            maxLength={80}
            required
            defaultValue={stringAt(result?.values, "name")}
            errors={createErrors}
          />
          <button type="submit" disabled={busy}>
            {t("apiTokens.create.button")}
          </button>
        </Form>
      </section>
      <section className="editor-section">
        <h2>{t("apiTokens.list.title")}</h2>
        {tokens.length === 0 ? (
          <p>{t("apiTokens.list.none")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("apiTokens.list.name")}</th>
                <th scope="col">{t("apiTokens.list.created")}</th>
                <th scope="col">{t("apiTokens.list.lastUsed")}</th>
                <th scope="col">{t("apiTokens.list.status")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{formatDay(token.createdAt, locale)}</td>
                  <td>
                    {token.lastUsedAt
                      ? formatDateTime(token.lastUsedAt, locale)
                      : t("apiTokens.list.never")}
                  </td>
                  <td>
                    {token.revokedAt ? (
                      t("apiTokens.list.revoked", {
                        date: formatDay(token.revokedAt, locale) ?? "",
                      })
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={token.id} />
                        {t("apiTokens.list.active")}{" "}
                        <button
                          type="submit"
                          className="danger"
                          disabled={busy}
                          aria-label={t("apiTokens.revoke.label", { name: token.name })}
                        >
                          {t("apiTokens.revoke")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
