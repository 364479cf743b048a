import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import {
  getPlanView,
  planEventMeetings,
  publishEventPlan,
  setMeetingLock,
  setMeetingMustMeet,
} from "~/.server/events/planning";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { formErrorOf, parseForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { PlanActionSchema } from "./action-schema";
import { MeetingList } from "./meeting-list";
import { PlanGrid } from "./plan-grid";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.title ?? ""} · Passerelle` },
];

/** GET /events/:slug/plan — coordinators and the event's organisers only (others: 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getPlanView(getDb(), user, params.slug ?? "");
}

type Done = { key: MessageKey; params?: Record<string, string | number> };
export type PlanReply = { intent: string; done?: Done; proven?: boolean };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseForm(formData, PlanActionSchema);
  if (submission.status !== "success") return invalid<PlanReply>(submission, { intent });
  const input = submission.value;
  try {
    if (input.intent === "plan") {
      const run = await planEventMeetings(getDb(), user, slug);
      const done: Done = {
        key: "events.plan.done.planned",
        params: { placed: run.placed, unplaced: run.unplaced, seconds: run.seconds.toFixed(1) },
      };
      return reply<PlanReply>(submission, {
        intent,
        done,
        proven: run.proven || run.unplaced === 0,
      });
    }
    if (input.intent === "publish") {
      const published = await publishEventPlan(getDb(), user, slug);
      const done: Done = {
        key: "events.plan.done.published",
        params: {
          scheduled: published["event.meeting_scheduled"],
          moved: published["event.meeting_moved"],
          unscheduled: published["event.meeting_unscheduled"],
        },
      };
      return reply<PlanReply>(submission, { intent, done });
    }
    if (input.intent === "mustMeet") {
      await setMeetingMustMeet(getDb(), user, { slug, ...input });
      const done: Done = {
        key: input.on ? "events.plan.done.mustMeetOn" : "events.plan.done.mustMeetOff",
      };
      return reply<PlanReply>(submission, { intent, done });
    }
    await setMeetingLock(getDb(), user, { slug, ...input });
    const done: Done = {
      key: input.locked ? "events.plan.done.locked" : "events.plan.done.unlocked",
    };
    return reply<PlanReply>(submission, { intent, done });
  } catch (error) {
    return refusal<PlanReply>(submission, error, { intent });
  }
}

export default function EventPlanPage() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const busyIntent =
    navigation.state === "submitting" ? String(navigation.formData?.get("intent") ?? "") : "";
  const title =
    (locale === "en" && view.event.titleEn) ||
    (locale === "ar" && view.event.titleAr) ||
    view.event.title;
  const placed = view.meetings.filter((m) => m.draft).length;
  // Any refusal, the form's or a field's (a junk meeting id): said once, in words.
  const error = result
    ? (formErrorOf(result.result) ?? Object.values(result.result.error ?? {}).flat()[0])
    : undefined;
  return (
    <div className="event-plan-page">
      <h1>
        {t("events.plan.title")} — {title}
      </h1>
      <p className="lead">{t("events.plan.lead")}</p>
      <p data-testid="plan-summary">
        {t("events.plan.summary", {
          accepted: view.meetings.length,
          placed,
          unpublished: view.unpublishedChanges,
        })}
      </p>
      <div className="event-plan-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="plan" />
          <button type="submit" disabled={busyIntent !== ""} aria-describedby="plan-progress">
            {t("events.plan.run")}
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <button
            type="submit"
            className="secondary"
            disabled={busyIntent !== "" || view.unpublishedChanges === 0}
          >
            {t("events.plan.publish")}
          </button>
        </Form>
      </div>
      <p id="plan-progress" role="status" aria-live="polite" className="event-plan-progress">
        {busyIntent === "plan" ? (
          <>
            <progress aria-label={t("events.plan.running")} /> {t("events.plan.running")}
          </>
        ) : busyIntent === "publish" ? (
          t("events.plan.publishing")
        ) : result?.done ? (
          t(result.done.key, result.done.params)
        ) : null}
      </p>
      {result?.intent === "plan" && result.done && result.proven === false ? (
        <p className="field-hint">{t("events.plan.notProven")}</p>
      ) : null}
      <FormAlert>{error ? t(error.key, error.params) : null}</FormAlert>
      {view.blocks.length === 0 ? <p>{t("events.plan.noBlocks")}</p> : null}
      {view.meetings.length === 0 ? <p>{t("events.plan.noMeetings")}</p> : null}
      {view.blocks.map((block) => (
        <PlanGrid
          key={block.id}
          block={block}
          meetings={view.meetings}
          timeZone={view.event.timeZone}
        />
      ))}
      <MeetingList view={view} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
