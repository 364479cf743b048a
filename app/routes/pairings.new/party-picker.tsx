import { useId } from "react";
import { ErrorText, type FieldMeta } from "~/components/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import type { Candidate } from "./queries.server";

/**
 * One side of the pairing: a search box (submitted with GET, so it works without JavaScript and
 * keeps the rest of the form in the URL) and the matching parties as radio buttons.
 */
export function PartyPicker({
  side,
  query,
  candidates,
  meta,
}: {
  side: "a" | "b";
  query: string;
  candidates: Candidate[];
  /** The side's field (sideA or sideB): its name, what was chosen, its error. */
  meta: FieldMeta;
}) {
  const t = useT();
  const id = useId();
  const chosen = meta.initialValue;
  return (
    <fieldset
      className="party-picker"
      data-side={side}
      aria-describedby={meta.errors ? meta.errorId : undefined}
    >
      <legend>{t(side === "a" ? "pairingNew.sideA" : "pairingNew.sideB")}</legend>
      <div className="party-search">
        <label htmlFor={`${id}-q`}>
          {t(side === "a" ? "pairingNew.searchA" : "pairingNew.searchB")}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="party-search-input"
          name={`q${side}`}
          defaultValue={query}
          maxLength={100}
        />
        <button type="submit" formMethod="get" formNoValidate className="secondary">
          {t("pairingNew.search")}
        </button>
      </div>
      {candidates.length === 0 ? (
        <p className="muted">
          {t(query.length >= 2 ? "pairingNew.noMatch" : "pairingNew.typeToSearch")}
        </p>
      ) : (
        <ul className="party-candidates">
          {candidates.map((c) => (
            <li key={c.id} className="choice">
              <input
                key={meta.key}
                id={`${id}-${c.id}`}
                type="radio"
                name={meta.name}
                form={meta.formId}
                value={c.id}
                defaultChecked={c.id === chosen || candidates.length === 1}
              />
              <label htmlFor={`${id}-${c.id}`}>
                {c.name}{" "}
                <span className="muted">
                  ({labelOr(t, [`kind.${c.kind}`, `orgKind.${c.kind}`], c.kind)}, {c.city},{" "}
                  {labelOr(t, [`country.${c.country}`], c.country)})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <ErrorText id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

/** The first of the keys the catalogue knows, or the raw value (a country outside the list). */
function labelOr(t: ReturnType<typeof useT>, keys: string[], fallback: string) {
  for (const key of keys) {
    const text = t(key as MessageKey);
    if (text !== key) return text;
  }
  return fallback;
}
