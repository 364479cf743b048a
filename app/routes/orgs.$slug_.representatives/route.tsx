import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import {
  listRepresentatives,
  setRepresentative,
} from "~/.server/organization-representatives.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { UuidSchema } from "~/utils/field-schemas";
import { formErrorOf, parseForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

/** GET /orgs/:slug/representatives — who answers for the organization in pairings. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const page = await listRepresentatives(getDb(), actor, params.slug ?? "");
  const t = translator(await getLocale(request));
  return { ...page, title: t("representatives.title", { name: page.org.name }) };
}

const RepresentativeChangeSchema = z.object({
  intent: z.enum(["name", "remove"]),
  personId: UuidSchema,
});

type ChangeReply = { done?: { represents: boolean; name: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const submission = parseForm(await request.formData(), RepresentativeChangeSchema);
  if (submission.status !== "success") return invalid<ChangeReply>(submission, {});
  const represents = submission.value.intent === "name";
  const db = getDb();
  try {
    await setRepresentative(db, actor, {
      slug: params.slug ?? "",
      personId: submission.value.personId,
      represents,
    });
  } catch (error) {
    return refusal<ChangeReply>(submission, error, {});
  }
  const { members } = await listRepresentatives(db, actor, params.slug ?? "");
  const name = members.find((m) => m.personId === submission.value.personId)?.name ?? "";
  return reply<ChangeReply>(submission, { done: { represents, name } }, { resetForm: true });
}

export default function RepresentativesPage() {
  const { org, canManage, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const refused = formErrorOf(result?.result);
  return (
    <div className="representatives-page stack">
      <p>
        <Link to={`/orgs/${org.slug}`}>{t("representatives.back", { name: org.name })}</Link>
      </p>
      <h1>{t("representatives.title", { name: org.name })}</h1>
      <p className="lead">{t("representatives.lead")}</p>
      {result?.done ? (
        <FormAlert tone="success">
          {t(result.done.represents ? "representatives.named" : "representatives.removed", {
            name: result.done.name,
          })}
        </FormAlert>
      ) : null}
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      {canManage ? null : <p className="muted">{t("representatives.readOnly")}</p>}
      {members.length === 0 ? (
        <p className="muted">
          {t(canManage ? "representatives.noMembers" : "representatives.none")}
        </p>
      ) : (
        <table className="data-table" data-testid="representatives">
          <thead>
            <tr>
              <th scope="col">{t("representatives.member")}</th>
              <th scope="col">{t("representatives.status")}</th>
              {canManage ? <th scope="col">{t("representatives.action")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.personId} data-represents={m.represents}>
                <td data-label={t("representatives.member")}>
                  <Link to={`/people/${m.slug}`}>
                    <bdi>{m.name}</bdi>
                  </Link>
                  {m.role ? (
                    <span className="muted">
                      {" "}
                      — <bdi>{m.role}</bdi>
                    </span>
                  ) : null}
                </td>
                <td data-label={t("representatives.status")}>
                  {t(m.represents ? "representatives.yes" : "representatives.no")}
                </td>
                {canManage ? (
                  <td data-label={t("representatives.action")}>
                    <Form method="post">
                      <input type="hidden" name="personId" value={m.personId} />
                      <button
                        type="submit"
                        name="intent"
                        value={m.represents ? "remove" : "name"}
                        className={m.represents ? "secondary" : undefined}
                        aria-label={t(
                          m.represents
                            ? "representatives.removeLabel"
                            : "representatives.nameLabel",
                          { name: m.name },
                        )}
                        disabled={busy}
                      >
                        {t(m.represents ? "representatives.remove" : "representatives.name")}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
