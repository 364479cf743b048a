import { Form, Link } from "@remix-run/react";
import { useId } from "react";
import { useT } from "~/utils/use-i18n";
import type { loader, PairingActionResult } from "./route";

type Side = Awaited<ReturnType<typeof loader>>["sides"][number];

/** One party, its answer, and the accept/decline form for whoever may answer for it. */
export function SideCard({
  side,
  mine,
  canDecide,
  result,
}: {
  side: Side;
  mine: boolean;
  canDecide: boolean;
  result?: PairingActionResult;
}) {
  const t = useT();
  const id = useId();
  const party = side.party;
  const href = party ? `/${party.type === "person" ? "people" : "orgs"}/${party.slug}` : null;
  return (
    <section className="side-card" aria-labelledby={`${id}-title`} data-side={side.side}>
      <h3 id={`${id}-title`}>
        {t(`pairings.side.${side.side}`)}
        {mine ? <span className="badge">{t("pairings.detail.yourSide")}</span> : null}
      </h3>
      <p>{href && party ? <Link to={href}>{party.name}</Link> : t("pairings.removedParty")}</p>
      <p>
        {t("pairings.detail.decision")} :{" "}
        <span className={`badge decision-${side.decision}`}>
          {t(`pairings.decision.${side.decision}`)}
        </span>
      </p>
      {canDecide ? (
        <Form method="post" className="stacked-form">
          <input type="hidden" name="intent" value="decide" />
          <input type="hidden" name="side" value={side.side} />
          <div className="field">
            <label htmlFor={`${id}-note`}>{t("pairings.detail.decisionNote")}</label>
            <textarea id={`${id}-note`} name="note" rows={2} maxLength={2000} />
          </div>
          <div className="inline-actions">
            <button type="submit" name="decision" value="accepted">
              {t("pairings.detail.accept")}
            </button>
            <button type="submit" name="decision" value="declined" className="secondary">
              {t("pairings.detail.decline")}
            </button>
          </div>
          {result?.errors?.note ? <p className="field-error">{t(result.errors.note.key)}</p> : null}
        </Form>
      ) : null}
    </section>
  );
}
