import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useId } from "react";
import { CheckboxField, TextAreaField } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import { PairingActionSchema } from "./action-schema";
import type { loader } from "./route";

type Side = Awaited<ReturnType<typeof loader>>["sides"][number];

/** Which side's form was submitted: both decide forms share the action's answer. */
const formSide = (result: FormResult) =>
  (result.initialValue as { side?: string } | undefined)?.side;

/** One party, its answer, and the accept/decline form for whoever may answer for it. */
export function SideCard({
  side,
  mine,
  canDecide,
  onBehalf,
  lastResult,
}: {
  side: Side;
  mine: boolean;
  canDecide: boolean;
  /** The actor is a coordinator answering for a party they do not represent. */
  onBehalf: boolean;
  lastResult: FormResult | null;
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
        {t("pairings.detail.decision")}
        {t("punct.colon")}
        <span className={`badge decision-${side.decision}`}>
          {t(`pairings.decision.${side.decision}`)}
        </span>
      </p>
      {canDecide ? (
        <DecideForm side={side.side} onBehalf={onBehalf} lastResult={lastResult} />
      ) : null}
    </section>
  );
}

function DecideForm({
  side,
  onBehalf,
  lastResult,
}: {
  side: Side["side"];
  onBehalf: boolean;
  lastResult: FormResult | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(PairingActionSchema, {
    id: `decide-${side}`,
    lastResult: lastResult && formSide(lastResult) === side ? lastResult : null,
  });
  return (
    <Form method="post" className="stacked-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="decide" />
      <input type="hidden" name="side" value={side} />
      {onBehalf ? (
        <>
          <p className="field-hint">{t("pairings.detail.onBehalfHint")}</p>
          <CheckboxField meta={fields.onBehalf} label={t("pairings.detail.onBehalf")} />
        </>
      ) : null}
      <TextAreaField
        meta={fields.note}
        label={t("pairings.detail.decisionNote")}
        rows={2}
        maxLength={2000}
      />
      <div className="inline-actions">
        <button type="submit" name="decision" value="accepted">
          {t("pairings.detail.accept")}
        </button>
        <button type="submit" name="decision" value="declined" className="secondary">
          {t("pairings.detail.decline")}
        </button>
      </div>
    </Form>
  );
}
