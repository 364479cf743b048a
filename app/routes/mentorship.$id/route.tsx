import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { actOnMentorshipRequest, getMentorshipRequest } from "~/.server/mentorship";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { isUuid } from "~/utils/field-schemas";
import { formatDay } from "~/utils/format-date";
import { formErrorOf, parseForm } from "~/utils/forms";
import { MentorshipActionSchema } from "~/utils/mentorship-validation";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { ActionForms, type MentorshipReply } from "./action-forms";
import { ContactCard } from "./contact-card";
import { MentorshipHistory } from "./history";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? `${data.studentName} → ${data.mentorName}` : ""} · Passerelle` },
];

/** The request if the viewer is a party or staff; 404 for anyone else, or a malformed id. */
async function loadVisible(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  invariantResponse(isUuid(id), "Not found");
  return { user, detail: await getMentorshipRequest(getDb(), user, id) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { detail } = await loadVisible(request, params.id);
  return {
    id: detail.id,
    status: detail.status,
    goal: detail.goal,
    message: detail.message,
    declineReason: detail.declineReason,
    studentName: detail.studentName,
    studentSlug: detail.studentSlug,
    mentorName: detail.mentorName,
    mentorSlug: detail.mentorSlug,
    createdAt: detail.createdAt,
    expiresAt: detail.expiresAt,
    party: detail.party,
    moves: detail.moves,
    // Null unless the viewer is a party and the request is accepted (see getMentorshipRequest).
    contact: detail.contact,
    events: detail.events,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, detail } = await loadVisible(request, params.id);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseForm(formData, MentorshipActionSchema);
  if (submission.status !== "success") return invalid<MentorshipReply>(submission, { intent });
  try {
    await actOnMentorshipRequest(getDb(), user, detail.id, submission.value);
  } catch (error) {
    return refusal<MentorshipReply>(submission, error, { intent });
  }
  const done = `mentorship.done.${submission.value.intent}` as const;
  return reply<MentorshipReply>(submission, { intent, done }, { resetForm: true });
}

export default function MentorshipRequestPage() {
  const r = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const other = r.party === "student" ? r.mentorName : r.studentName;
  const open = r.status === "pending" || r.status === "more_info";
  const refused = formErrorOf(result?.result);
  return (
    <article className="mentorship-request">
      <header>
        <h1>{t("mentorship.detail.title", { student: r.studentName, mentor: r.mentorName })}</h1>
        <p className="meta">
          <span>{t(`mentorship.goal.${r.goal}`)}</span>{" "}
          <span className={`badge mentorship-${r.status}`} data-testid="mentorship-status">
            {t(`mentorship.status.${r.status}`)}
          </span>
        </p>
        <p className="meta">
          {t("mentorship.detail.student")}
          {t("punct.colon")}
          <Link to={`/people/${r.studentSlug}`}>{r.studentName}</Link> ·{" "}
          {t("mentorship.detail.mentor")}
          {t("punct.colon")}
          <Link to={`/people/${r.mentorSlug}`}>{r.mentorName}</Link>
        </p>
      </header>
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      {r.contact ? <ContactCard name={other} contact={r.contact} /> : null}
      {open ? (
        <p className="muted">
          {t("mentorship.detail.expires", { date: formatDay(r.expiresAt, locale) ?? "" })}{" "}
          {r.party ? t("mentorship.detail.contactLater") : null}
        </p>
      ) : null}
      {r.declineReason ? (
        <p>
          <strong>{t("mentorship.detail.declineReason")}</strong> {r.declineReason}
        </p>
      ) : null}
      {r.party === null ? <p className="notice">{t("mentorship.detail.readOnly")}</p> : null}
      {r.moves.length > 0 ? <ActionForms moves={r.moves} result={result} /> : null}
      <MentorshipHistory events={r.events} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
