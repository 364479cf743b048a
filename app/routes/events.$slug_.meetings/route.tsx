import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import { actOnMeetingRequest, listMyRequests, loadEventAccess } from "~/.server/events";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { MeetingActionSchema } from "~/utils/event-validation";
import { formErrorOf, parseForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import { RequestItem } from "./request-item";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** The viewer's own requests: only someone registered (or waitlisted) has any; others: not found. */
async function requireRegistration(request: Request, slug: string) {
  const user = await requireUser(request);
  const access = await loadEventAccess(getDb(), user, slug);
  if (!access.registration) throw new DomainError("not_found", "events.error.not_found");
  return { user, access, registration: access.registration };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, registration } = await requireRegistration(request, params.slug ?? "");
  const db = getDb();
  const requests = await listMyRequests(db, access.event.id, registration.id);
  return { title: access.event.titleFr, slug: access.event.slug, requests };
}

type MeetingsReply = { requestId?: string; done?: "accept" | "decline" | "withdraw" | "mustMeet" };

export async function action({ request, params }: ActionFunctionArgs) {
  const slug = params.slug ?? "";
  const { user } = await requireRegistration(request, slug);
  const formData = await request.formData();
  const requestId = String(formData.get("requestId") ?? "");
  const submission = parseForm(formData, MeetingActionSchema);
  if (submission.status !== "success") return invalid<MeetingsReply>(submission, { requestId });
  try {
    await actOnMeetingRequest(getDb(), user, slug, submission.value);
    return reply<MeetingsReply>(submission, { done: submission.value.intent }, { resetForm: true });
  } catch (error) {
    return refusal<MeetingsReply>(submission, error, { requestId });
  }
}

export default function MeetingsPage() {
  const { title, slug, requests } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const refused = formErrorOf(result?.result);
  const groups = [
    ["received", requests.filter((r) => r.direction === "received" && r.status !== "accepted")],
    ["sent", requests.filter((r) => r.direction === "sent" && r.status !== "accepted")],
    ["accepted", requests.filter((r) => r.status === "accepted")],
  ] as const;
  return (
    <div className="meetings-page">
      <p>
        <Link to={`/events/${slug}`}>{title}</Link> ·{" "}
        <Link to={`/events/${slug}/participants`}>{t("events.participantsLink")}</Link>
      </p>
      <h1>{t("events.meetings.title")}</h1>
      {result?.done ? (
        <FormAlert tone="success">{t(`events.meetings.done.${result.done}`)}</FormAlert>
      ) : null}
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      {groups.map(([group, items]) => (
        <section key={group} aria-labelledby={`meetings-${group}`}>
          <h2 id={`meetings-${group}`}>{t(`events.meetings.${group}`)}</h2>
          {items.length === 0 ? <p className="muted">{t("events.meetings.none")}</p> : null}
          <ul className="review-list">
            {items.map((item) => (
              <RequestItem
                key={item.id}
                item={item}
                lastResult={
                  result?.requestId === item.id && result.done === undefined
                    ? result.result
                    : undefined
                }
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
