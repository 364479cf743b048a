import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Await, Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Suspense } from "react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import {
  liveCounterparts,
  loadEventAccess,
  loadParticipants,
  participantQuery,
  searchParticipants,
  sendMeetingRequest,
  setRegistrationRole,
  suggestMeetings,
} from "~/.server/events";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { getSearchEngine } from "~/.server/search.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { MeetingRequestSchema, RoleChangeSchema } from "~/utils/event-validation";
import { formatList } from "~/utils/format-list";
import { parseForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { EVENT_ROLES } from "~/vocabulary/events";
import { MENTOR_MAX } from "../mentors/queries.server";
import { ParticipantFilters } from "./facets";
import { RequestForm, type RequestPlace } from "./request-form";
import { SuggestedMeetings } from "./suggested-meetings";
import { SuggestionsFailed, SuggestionsLoading } from "./suggestions-pending";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** Registered participants and those who run the event; anyone else: not found. */
async function requireParticipant(request: Request, slug: string) {
  const user = await requireUser(request);
  const access = await loadEventAccess(getDb(), user, slug);
  if (access.registration?.status !== "registered" && !access.canOrganise)
    throw new DomainError("not_found", "events.error.not_found");
  return { user, access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, access } = await requireParticipant(request, params.slug ?? "");
  const db = getDb();
  const locale = await getLocale(request);
  const query = participantQuery(new URL(request.url));
  const all = await loadParticipants(db, access.event.id);
  const mine = access.registration?.status === "registered" ? access.registration : null;
  const liveRead = mine ? liveCounterparts(db, mine.id) : Promise.resolve(new Set<string>());
  // Streamed after the list (docs/decisions/073-participants-page-streams-its-suggestions.md):
  // ranking mentors, experts and partner labs takes longer than reading who is registered.
  const viewer =
    mine && user.person
      ? { personId: user.person.id, kind: user.person.kind, registration: mine }
      : null;
  const suggestions = viewer
    ? Promise.all([
        afterFirstFlush().then(() => suggestMeetings(db, getSearchEngine(), viewer, all, locale)),
        liveRead,
      ]).then(([{ suggestions, needMissing }, live]) => ({
        // Someone already asked or met is in the list with their request's state instead.
        suggestions: suggestions.filter((s) => !live.has(s.registrationId)),
        needMissing,
      }))
    : null;
  // Reported where it is awaited (<Await>, the error handler); not an unhandled rejection if this
  // loader fails first.
  suggestions?.catch(() => {});
  const [found, live, vocabulary] = await Promise.all([
    searchParticipants(all, query),
    liveRead,
    getVocabulary(),
  ]);
  const sectorLabels = Object.fromEntries(
    [...vocabulary.sectors.values()].map((s) => [
      s.id,
      locale === "en" ? s.labelEn : locale === "ar" ? s.labelAr : s.labelFr,
    ]),
  );
  return {
    title: access.event.titleFr,
    slug: access.event.slug,
    query,
    total: found.total,
    facets: found.facets,
    participants: found.hits.map(({ values, ...p }) => ({
      ...p,
      country: values.country[0] ?? "",
      offers: values.offers,
      needs: values.needs,
      self: p.registrationId === mine?.id,
      live: live.has(p.registrationId),
    })),
    suggestions,
    mentorMax: MENTOR_MAX,
    canRequest: !!mine,
    canOrganise: access.canOrganise,
    sectorLabels,
  };
}

/**
 * The next round of timers: the loader has returned by then, and React has usually sent the
 * page's first part, which the ranking's CPU work (on this same thread) would otherwise hold back
 * (measured in docs/decisions/073-participants-page-streams-its-suggestions.md).
 */
const afterFirstFlush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `to` and `place` say which "request a meeting" form answered: a person can be in two lists. */
type ParticipantsReply = { to?: string; place?: string; done?: "sent" | "roleSaved" };

export async function action({ request, params }: ActionFunctionArgs) {
  const slug = params.slug ?? "";
  const { user } = await requireParticipant(request, slug);
  const formData = await request.formData();
  const db = getDb();
  if (formData.get("intent") === "setRole") {
    const submission = parseForm(formData, RoleChangeSchema);
    if (submission.status !== "success") return invalid<ParticipantsReply>(submission, {});
    await setRegistrationRole(db, user, slug, submission.value);
    return reply<ParticipantsReply>(submission, { done: "roleSaved" });
  }
  const to = String(formData.get("toRegistrationId") ?? "");
  const place = String(formData.get("place") ?? "");
  const submission = parseForm(formData, MeetingRequestSchema);
  if (submission.status !== "success") return invalid<ParticipantsReply>(submission, { to, place });
  try {
    await sendMeetingRequest(db, user, slug, submission.value);
    return reply<ParticipantsReply>(submission, { done: "sent" }, { resetForm: true });
  } catch (error) {
    return refusal<ParticipantsReply>(submission, error, { to, place });
  }
}

export default function ParticipantsPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const requestFor = (place: RequestPlace) => (registrationId: string, name: string) =>
    d.canRequest ? (
      <RequestForm
        registrationId={registrationId}
        name={name}
        place={place}
        lastResult={
          result?.to === registrationId && result.place === place ? result.result : undefined
        }
      />
    ) : null;
  return (
    <div className="participants-page">
      <p>
        <Link to={`/events/${d.slug}`}>{d.title}</Link> ·{" "}
        <Link to={`/events/${d.slug}/meetings`}>{t("events.meetingsLink")}</Link>
      </p>
      <h1>{t("events.participants.title")}</h1>
      <p className="lead">{t("events.participants.lead")}</p>
      {result?.done === "sent" ? (
        <FormAlert tone="success">{t("events.request.sent")}</FormAlert>
      ) : null}
      {result?.done === "roleSaved" ? (
        <FormAlert tone="success">{t("events.participants.roleSaved")}</FormAlert>
      ) : null}
      {d.suggestions ? (
        <Suspense fallback={<SuggestionsLoading />}>
          <Await resolve={d.suggestions} errorElement={<SuggestionsFailed />}>
            {(mine) => (
              <SuggestedMeetings
                slug={d.slug}
                suggestions={mine.suggestions}
                needMissing={mine.needMissing}
                mentorMax={d.mentorMax}
                requestFor={requestFor("suggestion")}
              />
            )}
          </Await>
        </Suspense>
      ) : null}
      <div className="participants-layout">
        <ParticipantFilters query={d.query} facets={d.facets} sectorLabels={d.sectorLabels} />
        <section aria-labelledby="participant-list">
          <h2 id="participant-list">
            {t("events.participants.count", { count: d.participants.length, total: d.total })}
          </h2>
          {d.participants.length === 0 ? (
            <p className="muted">{t("events.participants.none")}</p>
          ) : null}
          <ul className="review-list">
            {d.participants.map((p) => (
              <li key={p.registrationId} className="card participant" data-testid="participant">
                <h3>
                  <Link to={`/people/${p.slug}`}>{p.name}</Link>{" "}
                  {p.self ? (
                    <span className="badge muted-badge">{t("events.participants.you")}</span>
                  ) : null}
                </h3>
                <p className="meta">
                  {t(`events.role.${p.role}` as MessageKey)} · {t(`kind.${p.kind}` as MessageKey)} ·{" "}
                  {p.city}
                </p>
                {p.headline ? <p dir="auto">{p.headline}</p> : null}
                {p.offers.length > 0 ? (
                  <p className="muted">
                    {t("events.participants.facet.offers")}
                    {t("punct.colon")}
                    {formatList(
                      p.offers.map((o) => t(`offer.${o}` as MessageKey)),
                      locale,
                    )}
                  </p>
                ) : null}
                {p.needs.length > 0 ? (
                  <p className="muted">
                    {t("events.participants.facet.needs")}
                    {t("punct.colon")}
                    {formatList(
                      p.needs.map((o) => t(`offer.${o}` as MessageKey)),
                      locale,
                    )}
                  </p>
                ) : null}
                {p.self ? null : p.live ? (
                  <p className="badge">{t("events.request.alreadyLive")}</p>
                ) : (
                  requestFor("list")(p.registrationId, p.name)
                )}
                {d.canOrganise ? (
                  <Form method="post" className="inline-actions">
                    <input type="hidden" name="intent" value="setRole" />
                    <input type="hidden" name="registrationId" value={p.registrationId} />
                    <label>
                      <span className="visually-hidden">
                        {t("events.participants.setRole", { name: p.name })}
                      </span>
                      <select
                        name="role"
                        defaultValue={p.role}
                        aria-label={t("events.participants.setRole", { name: p.name })}
                      >
                        {EVENT_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`events.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button type="submit" className="secondary">
                      {t("events.participants.saveRole")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
