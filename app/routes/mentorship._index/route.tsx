import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { listMentorshipRequests } from "~/.server/mentorship";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { MENTORSHIP_STATUSES } from "~/vocabulary/mentorship";
import { RequestTable } from "./request-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = new URL(request.url).searchParams.get("status") ?? undefined;
  const list = await listMentorshipRequests(getDb(), user, { status });
  const iso = (rows: typeof list.sent) =>
    rows.map((r) => ({
      id: r.id,
      status: r.status,
      goal: r.goal,
      updatedAt: r.updatedAt,
      waitingForMe: r.waitingForMe,
      studentName: r.studentName,
      studentSlug: r.studentSlug,
      mentorName: r.mentorName,
      mentorSlug: r.mentorSlug,
    }));
  return {
    title: translator(await getLocale(request))("mentorship.title"),
    status: MENTORSHIP_STATUSES.find((s) => s === status) ?? "",
    sent: iso(list.sent),
    received: iso(list.received),
    waiting: list.waiting,
    capacity: list.capacity,
    isStudent: user.person?.kind === "student",
  };
}

export default function MentorshipPage() {
  const { title, status, sent, received, waiting, capacity, isStudent } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="mentorship-page">
      <h1>{title}</h1>
      {waiting > 0 ? (
        <p className="notice" role="status" data-testid="mentorship-waiting">
          {t("mentorship.waiting", { count: waiting })}
        </p>
      ) : null}
      {capacity ? (
        <p data-testid="mentorship-capacity">
          {t("mentorship.capacity", { used: capacity.used, count: capacity.total })}
          {capacity.open ? null : <> {t("mentorship.capacityPaused")}</>}
        </p>
      ) : null}
      <Form method="get" className="partner-filters">
        <div className="field">
          <label htmlFor="status">{t("mentorship.filter.status")}</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="">{t("mentorship.filter.all")}</option>
            {MENTORSHIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`mentorship.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("mentorship.filter.submit")}</button>
      </Form>
      {isStudent || sent.length > 0 ? (
        <RequestTable title={t("mentorship.sent")} rows={sent} side="student" />
      ) : null}
      {!isStudent || received.length > 0 ? (
        <RequestTable title={t("mentorship.received")} rows={received} side="mentor" />
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
