import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { getSearchEngine } from "~/.server/search.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ScoreScaleNote } from "~/components/score-scale";
import { parseForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { MAX_NEED_CHARS } from "~/utils/matching-query";
import { useT } from "~/utils/use-i18n";
import { ConceptsFound } from "./concepts-found";
import { EXAMPLE_NEED } from "./example-need";
import { ExpertResult } from "./expert-result";
import { NeedForm } from "./need-form";
import { MatchNeedFormSchema } from "./need-schema";
import { type MatchOutcome, runMatch, sectorOptions } from "./queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

/**
 * /match — "describe your need" for every signed-in member: students and coordinators look for
 * experts, experts and researchers for a co-author or a partner. Always POST: a need runs to
 * 5,000 characters, too long for a URL; the action renders the ranking and keeps the text.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const locale = await getLocale(request);
  return {
    title: translator(locale)("matchPage.title"),
    maxChars: MAX_NEED_CHARS,
    sectors: await sectorOptions(locale),
  };
}

type MatchReply = { outcome?: MatchOutcome };

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  if (form.get("intent") === "example") {
    // The example button without JavaScript: fill the text in, rank nothing yet.
    const example = new FormData();
    example.set("text", EXAMPLE_NEED);
    return reply<MatchReply>(parseForm(example, MatchNeedFormSchema), {});
  }
  const submission = parseForm(form, MatchNeedFormSchema);
  if (submission.status !== "success") return invalid<MatchReply>(submission, {});
  try {
    const outcome = await runMatch(getDb(), getSearchEngine(), submission.value);
    return reply<MatchReply>(submission, { outcome });
  } catch (error) {
    logError(error, request);
    const formErrors = [{ key: "matchPage.error.unavailable" as const }];
    return reply<MatchReply>(submission, {}, { status: 503, formErrors });
  }
}

export default function MatchPage() {
  const { maxChars, sectors } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const outcome = result?.outcome;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new ranking appears below the form: take keyboard and screen-reader users to it.
  useEffect(() => {
    if (outcome) heading.current?.focus();
  }, [outcome]);
  return (
    <div className="matching-page">
      <h1>{t("matchPage.title")}</h1>
      <p className="lead">{t("matchPage.intro")}</p>
      <NeedForm lastResult={result?.result} maxChars={maxChars} sectors={sectors} busy={busy} />
      {outcome ? (
        <div className="need-results" data-testid="match-results">
          <ConceptsFound concepts={outcome.concepts} />
          <section aria-labelledby="need-experts">
            <h2 id="need-experts" ref={heading} tabIndex={-1}>
              {t(
                outcome.experts.length === 1 ? "matchPage.results.one" : "matchPage.results.other",
                {
                  count: outcome.experts.length,
                },
              )}
            </h2>
            {outcome.experts.length === 0 ? (
              <p className="notice">{t("matchPage.noResults")}</p>
            ) : (
              <ScoreScaleNote kind="match" />
            )}
            {outcome.experts.length === 0 ? null : (
              <ol className="suggestion-list">
                {outcome.experts.map((expert, index) => (
                  <ExpertResult key={expert.personId} expert={expert} rank={index + 1} />
                ))}
              </ol>
            )}
          </section>
        </div>
      ) : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
