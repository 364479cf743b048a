import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getLocale } from "~/.server/locale.server";
import { logError } from "~/.server/log.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ScoreScaleNote } from "~/components/score-scale";
import { type FieldErrors, type FormValues, parseSubmission } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { MAX_NEED_CHARS } from "~/utils/matching-query";
import { useT } from "~/utils/use-i18n";
import { getDb } from "../../../db/client";
import { getSearchEngine } from "../../../search/client";
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

type MatchActionResult = { values: FormValues; errors?: FieldErrors; outcome?: MatchOutcome };

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  if (form.get("intent") === "example") {
    // The example button without JavaScript: fill the text in, rank nothing yet.
    return data<MatchActionResult>({ values: { text: EXAMPLE_NEED } });
  }
  const submission = parseSubmission(MatchNeedFormSchema, form);
  if (!submission.success) {
    const errors = submission.errors;
    // Said in the page's own words: what to write, and the limit in the reader's numbers.
    if (errors.text?.key === "form.required") errors.text = { key: "matchPage.error.textRequired" };
    if (errors.text?.key === "matchPage.error.textTooLong") {
      errors.text = { key: errors.text.key, params: { max: MAX_NEED_CHARS } };
    }
    return data<MatchActionResult>({ values: submission.values, errors }, { status: 400 });
  }
  try {
    const outcome = await runMatch(getDb(), getSearchEngine(), submission.data);
    return data<MatchActionResult>({ values: submission.values, outcome });
  } catch (error) {
    logError(error, request);
    return data<MatchActionResult>(
      { values: submission.values, errors: { "": { key: "matchPage.error.unavailable" } } },
      { status: 503 },
    );
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
      <NeedForm
        values={result?.values}
        errors={result?.errors}
        maxChars={maxChars}
        sectors={sectors}
        busy={busy}
      />
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
