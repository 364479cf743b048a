import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import {
  addSession,
  eventFormOptions,
  findSpeakerCandidates,
  loadEventForEditing,
  loadEventPage,
  removeSession,
  requireEventOrganiser,
  setEventPublished,
  setSpeaker,
  updateEvent,
} from "~/.server/events";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EventForm } from "~/components/events/event-form";
import { FormAlert } from "~/components/forms";
import { EventSchema, SessionSchema } from "~/utils/event-validation";
import { isUuid } from "~/utils/field-schemas";
import { parseForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import { ProgrammeEditor } from "./programme-editor";
import { ProgrammeActionSchema } from "./schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page.title ?? ""} · Passerelle` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const access = await requireEventOrganiser(db, user, params.slug ?? "");
  const locale = await getLocale(request);
  const url = new URL(request.url);
  const sessionId = url.searchParams.get("session") ?? "";
  const q = (url.searchParams.get("speakerQ") ?? "").slice(0, 100);
  const [page, values, options, candidates] = await Promise.all([
    loadEventPage(db, access, locale),
    loadEventForEditing(db, access.event),
    eventFormOptions(db, locale),
    isUuid(sessionId) && q ? findSpeakerCandidates(db, q) : [],
  ]);
  return {
    page,
    values,
    options,
    speakerSearch: isUuid(sessionId) && q ? { sessionId, q, candidates } : null,
  };
}

type EditReply = { form: "event" | "session" | "other"; done?: "saved" | "added" };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const slug = params.slug ?? "";
  await requireEventOrganiser(db, user, slug);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "save") {
    const submission = parseForm(formData, EventSchema);
    if (submission.status !== "success") return invalid<EditReply>(submission, { form: "event" });
    try {
      const saved = await updateEvent(db, user, slug, submission.value);
      if (saved.slug !== slug) return redirect(`/events/${saved.slug}/edit`);
      return reply<EditReply>(submission, { form: "event", done: "saved" });
    } catch (error) {
      return refusal<EditReply>(submission, error, { form: "event" });
    }
  }
  if (intent === "addSession") {
    const submission = parseForm(formData, SessionSchema);
    if (submission.status !== "success") return invalid<EditReply>(submission, { form: "session" });
    try {
      await addSession(db, user, slug, submission.value);
      return reply<EditReply>(submission, { form: "session", done: "added" }, { resetForm: true });
    } catch (error) {
      return refusal<EditReply>(submission, error, { form: "session" });
    }
  }
  const submission = parseForm(formData, ProgrammeActionSchema);
  if (submission.status !== "success") return invalid<EditReply>(submission, { form: "other" });
  const act = submission.value;
  if (act.intent === "publish" || act.intent === "unpublish") {
    await setEventPublished(db, user, slug, act.intent === "publish");
  } else if (act.intent === "removeSession") {
    await removeSession(db, user, slug, act.sessionId);
  } else {
    await setSpeaker(db, user, slug, { ...act, on: act.intent === "addSpeaker" });
    if (act.intent === "addSpeaker") return redirect(`/events/${slug}/edit`);
  }
  return data({ form: "other" as const, done: undefined, result: undefined });
}

export default function EditEventPage() {
  const { page, values, options, speakerSearch } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="event-editor">
      <h1>{t("events.form.editTitle", { title: page.title })}</h1>
      <p className="inline-actions">
        <Link to={`/events/${page.slug}`}>{page.title}</Link>
      </p>
      <Form method="post" className="inline-actions publish-form">
        <span
          className={page.published ? "badge status-active" : "badge muted-badge"}
          data-testid="publish-state"
        >
          {t(page.published ? "events.form.published" : "events.form.unpublished")}
        </span>
        <button type="submit" name="intent" value={page.published ? "unpublish" : "publish"}>
          {t(page.published ? "events.form.unpublish" : "events.form.publish")}
        </button>
      </Form>
      {result?.done === "saved" ? (
        <FormAlert tone="success">{t("events.form.saved")}</FormAlert>
      ) : null}
      <EventForm
        options={options}
        defaultValue={values}
        lastResult={result?.form === "event" ? result.result : undefined}
        submitLabel={t("events.form.save")}
      />
      {result?.done === "added" ? (
        <FormAlert tone="success">{t("events.programme.added")}</FormAlert>
      ) : null}
      <ProgrammeEditor
        sessions={page.sessions}
        timeZone={page.timeZone}
        startsOn={page.startsOn}
        lastResult={result?.form === "session" ? result.result : undefined}
        speakerSearch={speakerSearch}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
