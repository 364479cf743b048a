import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { requireStudent } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ScoreScaleNote } from "~/components/score-scale";
import { translator } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useT } from "~/utils/use-i18n";
import { MentorFiltersForm } from "./filters-form";
import { MentorCard } from "./mentor-card";
import { hasFilters, readMentorFilters } from "./mentor-filters";
import { loadMentorsPage, MENTOR_MAX, MIN_SKILLS } from "./queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

/**
 * /mentors — a signed-in student's suggested mentors, explained criterion by criterion.
 * Suggestions are computed from a student profile: anyone else gets a 403 that points to /match.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const filters = readMentorFilters(new URL(request.url));
  const page = await loadMentorsPage(getDb(), user.person.id, filters);
  invariantResponse(page, "Not found");
  const t = translator(await getLocale(request));
  return {
    ...page,
    filters,
    max: MENTOR_MAX,
    minSkills: MIN_SKILLS,
    title: t("mentorsPage.title"),
  };
}

export default function MentorsPage() {
  const { suggestions, nearMisses, filters, max, skillCount, minSkills } =
    useLoaderData<typeof loader>();
  const t = useT();
  const filtered = hasFilters(filters);
  return (
    <div className="matching-page">
      <h1>{t("mentorsPage.title")}</h1>
      <p className="lead">{t("mentorsPage.intro")}</p>
      {skillCount < minSkills ? (
        <p className="notice" data-testid="few-skills">
          {t("mentorsPage.fewSkills", { count: skillCount, min: minSkills })}{" "}
          <Link to="/settings/profile">{t("mentorsPage.completeProfile")}</Link>
        </p>
      ) : null}
      <MentorFiltersForm filters={filters} />
      <section aria-labelledby="mentors-suggestions">
        <h2 id="mentors-suggestions">
          {t(suggestions.length === 1 ? "mentorsPage.count.one" : "mentorsPage.count.other", {
            count: suggestions.length,
          })}
        </h2>
        {suggestions.length === 0 ? (
          <p className="notice">{t(filtered ? "mentorsPage.noneFiltered" : "mentorsPage.none")}</p>
        ) : (
          <ScoreScaleNote kind="mentors" />
        )}
        {suggestions.length === 0 ? null : (
          <ul className="suggestion-list">
            {suggestions.map((s) => (
              <MentorCard key={s.personId} mentor={s} max={max} />
            ))}
          </ul>
        )}
      </section>
      {nearMisses.length > 0 ? (
        <section aria-labelledby="mentors-near-misses" className="near-misses">
          <h2 id="mentors-near-misses">{t("mentorsPage.nearMisses")}</h2>
          <p className="muted">{t("mentorsPage.nearMissesIntro")}</p>
          <ul className="suggestion-list">
            {nearMisses.map((s) => (
              <MentorCard key={s.personId} mentor={s} max={max} reasons={s.reasons} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A non-student gets a page that says who this is for and where to go instead. */
export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <section className="error-page" role="alert">
        <h1>{t("mentorsPage.studentsOnly.title")}</h1>
        <p>{t("mentorsPage.studentsOnly.body")}</p>
        <Link to="/match">{t("nav.match")}</Link>
      </section>
    );
  }
  return <GeneralErrorBoundary />;
}
