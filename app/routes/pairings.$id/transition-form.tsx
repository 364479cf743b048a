import { Form } from "@remix-run/react";
import { ErrorText } from "~/components/forms";
import { stringAt } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import type { PairingStatus } from "~/vocabulary/pairings";
import type { PairingActionResult } from "./route";

/** For coordinators: the statuses the pipeline allows next, with a note, a reason, a due date. */
export function TransitionForm({
  allowed,
  result,
}: {
  allowed: PairingStatus[];
  result?: PairingActionResult;
}) {
  const t = useT();
  const errors = result?.errors;
  return (
    <section aria-labelledby="pairing-move">
      <h2 id="pairing-move">{t("pairings.detail.move")}</h2>
      <Form method="post" noValidate className="stacked-form">
        <input type="hidden" name="intent" value="move" />
        <div className="field">
          <label htmlFor="move-to">{t("pairings.detail.moveTo")}</label>
          <select
            id="move-to"
            name="to"
            defaultValue={stringAt(result?.values, "to") ?? allowed[0]}
          >
            {allowed.map((s) => (
              <option key={s} value={s}>
                {t(`pairings.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="move-note">{t("pairings.detail.moveNote")}</label>
          <textarea
            id="move-note"
            name="note"
            rows={2}
            maxLength={2000}
            defaultValue={stringAt(result?.values, "note")}
          />
        </div>
        <div className="field">
          <label htmlFor="move-reason">{t("pairings.detail.reason")}</label>
          <input
            id="move-reason"
            name="reason"
            maxLength={500}
            defaultValue={stringAt(result?.values, "reason")}
            aria-invalid={errors?.reason ? true : undefined}
            aria-describedby={errors?.reason ? "move-reason-error" : undefined}
          />
          <ErrorText id="move-reason-error" error={errors?.reason} />
        </div>
        <div className="field">
          <label htmlFor="move-due">{t("pairings.detail.nextDue")}</label>
          <input
            id="move-due"
            type="date"
            name="dueAt"
            defaultValue={stringAt(result?.values, "dueAt")}
            aria-invalid={errors?.dueAt ? true : undefined}
            aria-describedby={errors?.dueAt ? "move-due-error" : undefined}
          />
          <ErrorText id="move-due-error" error={errors?.dueAt} />
        </div>
        <button type="submit">{t("pairings.detail.moveSubmit")}</button>
      </Form>
    </section>
  );
}
