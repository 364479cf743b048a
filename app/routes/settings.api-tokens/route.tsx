import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createApiToken, listApiTokens, revokeApiToken } from "~/.server/auth/api-tokens.server";
import { requireRole } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { formatDateTime, formatDay } from "~/utils/format-date";
import { formErrorOf, parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
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
      createdAt: t.createdAt,
      lastUsedAt: t.lastUsedAt,
      revokedAt: t.revokedAt,
    })),
  };
}

type TokensReply = {
  intent: string;
  created?: { name: string; token: string };
  revoked?: string;
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseForm(formData, ApiTokenActionSchema);
  if (submission.status !== "success") return invalid<TokensReply>(submission, { intent });
  const db = getDb();
  const input = submission.value;
  if (input.intent === "create") {
    const created = await createApiToken(db, user.userId, input.name);
    return reply<TokensReply>(
      submission,
      { intent, created: { name: created.name, token: created.token } },
      { resetForm: true },
    );
  }
  const tokens = await listApiTokens(db, user.userId);
  const name = tokens.find((t) => t.id === input.tokenId)?.name;
  if (!name || !(await revokeApiToken(db, user.userId, input.tokenId))) {
    const formErrors = [{ key: "apiTokens.revoke.gone" as const }];
    return reply<TokensReply>(submission, { intent }, { status: 404, formErrors });
  }
  return reply<TokensReply>(submission, { intent, revoked: name });
}

export default function ApiTokensPage() {
  const t = useT();
  const locale = useLocale();
  const { tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [create, fields] = useSchemaForm(ApiTokenActionSchema, {
    id: "create-token",
    lastResult: result?.intent === "create" ? result.result : null,
    defaultValue: { intent: "create" },
  });
  const revokeError = result?.intent === "revoke" ? formErrorOf(result.result) : undefined;
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
      {revokeError ? <FormAlert>{t(revokeError.key)}</FormAlert> : null}
      <section className="editor-section">
        <h2>{t("apiTokens.create.title")}</h2>
        <Form method="post" className="stacked-form" {...getFormProps(create)}>
          <input type="hidden" name="intent" value="create" />
          <Field
            meta={fields.name}
            label={t("apiTokens.create.name")}
            hint={t("apiTokens.create.hint")}
            maxLength={80}
            required
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
                      <RevokeForm tokenId={token.id} name={token.name} busy={busy} />
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

function RevokeForm({ tokenId, name, busy }: { tokenId: string; name: string; busy: boolean }) {
  const t = useT();
  const [form] = useSchemaForm(ApiTokenActionSchema, { id: `revoke-token-${tokenId}` });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="revoke" />
      <input type="hidden" name="tokenId" value={tokenId} />
      {t("apiTokens.list.active")}{" "}
      <button
        type="submit"
        className="danger"
        disabled={busy}
        aria-label={t("apiTokens.revoke.label", { name })}
      >
        {t("apiTokens.revoke")}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
