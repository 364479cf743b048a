import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getActor, requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import {
  cancelRegistration,
  loadEventAccess,
  loadEventPage,
  registerForEvent,
} from "~/.server/events";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatEventDay } from "~/components/events/event-dates";
import { FormAlert } from "~/components/forms";
import { RegistrationSchema } from "~/utils/event-validation";
import { formatList, listSeparator } from "~/utils/format-list";
import { parseForm } from "~/utils/forms";
import { useLocale, useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";
import { Programme } from "./programme";
import { RegistrationForm } from "./registration-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page.title ?? ""} · Passerelle` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  const db = getDb();
  const access = await loadEventAccess(db, actor, params.slug ?? "");
  const page = await loadEventPage(db, access, await getLocale(request));
  return { page };
}
export type EventPageData = Awaited<ReturnType<typeof loader>>["page"];

const CancelSchema = z.object({ intent: z.literal("cancel") });
type RegistrationReply = { done?: "registered" | "waitlisted" | "cancelled" };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const db = getDb();
  await loadEventAccess(db, user, slug);
  const formData = await request.formData();
  if (formData.get("intent") === "cancel") {
    const submission = parseForm(formData, CancelSchema);
    if (submission.status !== "success") return invalid<RegistrationReply>(submission, {});
    try {
      await cancelRegistration(db, user, slug);
      return reply<RegistrationReply>(submission, { done: "cancelled" }, { resetForm: true });
    } catch (error) {
      return refusal<RegistrationReply>(submission, error, {});
    }
  }
  const submission = parseForm(formData, RegistrationSchema);
  if (submission.status !== "success") return invalid<RegistrationReply>(submission, {});
  try {
    const { status } = await registerForEvent(db, user, slug, submission.value);
    return reply<RegistrationReply>(submission, { done: status });
  } catch (error) {
    return refusal<RegistrationReply>(submission, error, {});
  }
}

export default function EventPage() {
  const { page } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const user = useOptionalUser();
  const zone = t(`events.zone.${page.timeZone}` as "events.zone.Africa/Casablanca");
  const member = page.registration?.status === "registered" || page.canOrganise;
  return (
    <article className="event-page">
      <header>
        <p className="meta">
          {t(`events.kind.${page.kind}`)}
          {!page.published ? <span className="badge muted-badge"> {t("events.draft")}</span> : null}
        </p>
        <h1>{page.title}</h1>
        <p className="meta">
          {t("events.dates", {
            start: formatEventDay(page.startsOn, locale),
            end: formatEventDay(page.endsOn, locale),
          })}
        </p>
        <p className="inline-actions">
          {page.canOrganise ? (
            <Link to={`/events/${page.slug}/edit`}>{t("events.edit")}</Link>
          ) : null}
          {member ? (
            <Link to={`/events/${page.slug}/participants`}>{t("events.participantsLink")}</Link>
          ) : null}
          {page.registration ? (
            <Link to={`/events/${page.slug}/meetings`}>{t("events.meetingsLink")}</Link>
          ) : null}
          {page.registration?.status === "registered" ? (
            <Link to={`/events/${page.slug}/agenda`}>{t("events.link.agenda")}</Link>
          ) : null}
          {page.canOrganise ? (
            <>
              <Link to={`/events/${page.slug}/plan`}>{t("events.link.plan")}</Link>
              <Link to={`/events/${page.slug}/check-in`}>{t("events.link.checkIn")}</Link>
              <Link to={`/events/${page.slug}/dashboard`}>{t("events.link.dashboard")}</Link>
            </>
          ) : null}
        </p>
      </header>
      <p className="event-description" style={{ whiteSpace: "pre-line" }}>
        {page.description}
      </p>
      <dl className="event-facts">
        <dt>{t("events.place")}</dt>
        <dd>{[page.venue, page.city].filter(Boolean).join(listSeparator(locale))}</dd>
        {page.host ? (
          <>
            <dt>{t("events.host")}</dt>
            <dd>
              <Link to={`/orgs/${page.host.slug}`}>{page.host.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t("events.languages")}</dt>
        <dd>
          {formatList(
            page.languages.map((l) => t(`events.lang.${l}` as "events.lang.fr")),
            locale,
          )}
        </dd>
        {page.sectors.length > 0 ? (
          <>
            <dt>{t("events.sectors")}</dt>
            <dd>
              {formatList(
                page.sectors.map((s) => s.label),
                locale,
              )}
            </dd>
          </>
        ) : null}
        <dt>{t("events.register.title")}</dt>
        <dd data-testid="registered-count">
          {page.capacity
            ? t("events.registeredOf", { count: page.registered, capacity: page.capacity })
            : t("events.registered", { count: page.registered })}
        </dd>
      </dl>
      <section aria-labelledby="programme">
        <h2 id="programme">{t("events.programme")}</h2>
        <p className="muted">{t("events.timesIn", { zone })}</p>
        <Programme sessions={page.sessions} />
      </section>
      <section aria-labelledby="registration-title" className="registration">
        <h2 id="registration-title">{t("events.register.title")}</h2>
        {result?.done ? (
          <FormAlert tone="success">{t(`events.register.done.${result.done}`)}</FormAlert>
        ) : null}
        <Registration
          page={page}
          signedIn={!!user}
          hasProfile={!!user?.kind}
          lastResult={result?.result}
        />
      </section>
    </article>
  );
}

function Registration({
  page,
  signedIn,
  hasProfile,
  lastResult,
}: {
  page: EventPageData;
  signedIn: boolean;
  hasProfile: boolean;
  lastResult?: Parameters<typeof RegistrationForm>[0]["lastResult"];
}) {
  const t = useT();
  const mine = page.registration;
  if (!signedIn)
    return (
      <p>
        <Link to={`/login?redirectTo=/events/${page.slug}`}>{t("events.register.signIn")}</Link>
      </p>
    );
  if (!hasProfile) return <p className="notice">{t("events.register.noProfile")}</p>;
  const open = page.published && page.registrationOpen && !page.past;
  return (
    <>
      {mine ? (
        <p className="notice" role="status" data-testid="registration-status">
          {mine.status === "waitlisted"
            ? t("events.register.waitlisted")
            : t("events.register.registered", { role: t(`events.role.${mine.role}`) })}
        </p>
      ) : null}
      {open ? (
        <RegistrationForm page={page} lastResult={lastResult} />
      ) : (
        <p className="notice">{t("events.register.closed")}</p>
      )}
      {mine ? (
        <Form method="post">
          <button type="submit" name="intent" value="cancel" className="secondary">
            {t("events.register.cancel")}
          </button>
        </Form>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
