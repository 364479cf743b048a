import { Form, Link, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { ErrorText, FormAlert } from "~/components/forms";
import { stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import type { loader, ProposeOutcome } from "./route";

type Suggestion = Awaited<ReturnType<typeof loader>>["suggestions"][number];

/** One partner: score, one-line explanation, the per-criterion breakdown and a "propose" form. */
export function SuggestionCard({
  suggestion,
  purpose,
  outcome,
}: {
  suggestion: Suggestion;
  purpose: string;
  outcome?: ProposeOutcome;
}) {
  const t = useT();
  const id = useId();
  const navigation = useNavigation();
  const { partner } = suggestion;
  const busy =
    navigation.state === "submitting" && navigation.formData?.get("partnerId") === partner.id;
  const countryKey = `country.${partner.country}` as MessageKey;
  const country = t(countryKey) === countryKey ? partner.country : t(countryKey);
  return (
    <li className="suggestion-card" aria-labelledby={`${id}-name`}>
      <header>
        <h2 id={`${id}-name`}>
          <Link to={`/orgs/${partner.slug}`}>{partner.name}</Link>
          {partner.acronym ? <span className="muted"> ({partner.acronym})</span> : null}
        </h2>
        <p className="meta">
          <span>
            {partner.city}, {country}
          </span>
          <span>{t("partners.page.members", { count: partner.members })}</span>
          <span className="score">
            {t("partners.page.score")} : {t("partners.score", { score: suggestion.score })}
          </span>
        </p>
      </header>
      <p className="explain">{suggestion.explanation}</p>
      <details>
        <summary>{t("partners.page.breakdown")}</summary>
        <table className="data-table breakdown">
          <thead>
            <tr>
              <th scope="col">{t("partners.page.criterion")}</th>
              <th scope="col">{t("partners.page.points")}</th>
              <th scope="col">{t("partners.page.evidence")}</th>
            </tr>
          </thead>
          <tbody>
            {suggestion.rows.map((row) => (
              <tr key={row.id} data-criterion={row.id}>
                <th scope="row">{t(`partners.criterion.${row.id}`)}</th>
                <td>
                  {row.points} / {row.max}
                </td>
                <td>{row.evidence ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details open={outcome ? true : undefined}>
        <summary>{t("partners.propose.title")}</summary>
        <Form method="post" noValidate className="stacked-form">
          <input type="hidden" name="partnerId" value={partner.id} />
          <input type="hidden" name="purpose" value={purpose} />
          {outcome?.warnings?.length ? (
            <FormAlert>
              <p>{t("partners.propose.warnings")}</p>
              <ul>
                {outcome.warnings.map((w) => (
                  <li key={w.code}>
                    {t(`pairings.conflict.${w.code}`, {
                      count: w.code === "coauthors" ? w.publications : 0,
                    })}
                  </li>
                ))}
              </ul>
            </FormAlert>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t("partners.propose.note")}</label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={3}
              maxLength={2000}
              defaultValue={stringAt(outcome?.values, "note")}
              aria-invalid={outcome?.errors?.note ? true : undefined}
              aria-describedby={outcome?.errors?.note ? `${id}-note-error` : undefined}
            />
            <ErrorText id={`${id}-note-error`} error={outcome?.errors?.note} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t("partners.propose.dueAt")}</label>
            <input
              id={`${id}-due`}
              type="date"
              name="dueAt"
              defaultValue={stringAt(outcome?.values, "dueAt")}
              aria-invalid={outcome?.errors?.dueAt ? true : undefined}
              aria-describedby={outcome?.errors?.dueAt ? `${id}-due-error` : undefined}
            />
            <ErrorText id={`${id}-due-error`} error={outcome?.errors?.dueAt} />
          </div>
          {outcome?.warnings?.length ? (
            <div className="choice">
              <input id={`${id}-ack`} type="checkbox" name="acknowledge" />
              <label htmlFor={`${id}-ack`}>{t("partners.propose.acknowledge")}</label>
            </div>
          ) : null}
          <button type="submit" disabled={busy}>
            {t("partners.propose.submit")}
          </button>
        </Form>
      </details>
    </li>
  );
}
