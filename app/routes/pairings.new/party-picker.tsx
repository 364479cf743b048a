import { useId } from "react";
import { ErrorText } from "~/components/forms";
import type { FormError } from "~/utils/forms";
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
  chosen,
  error,
}: {
  side: "a" | "b";
  query: string;
  candidates: Candidate[];
  chosen: string | undefined;
  error: FormError | undefined;
}) {
  const t = useT();
  const id = useId();
  const upper = side === "a" ? "A" : "B";
  return (
    <fieldset
      className="party-picker"
      data-side={side}
      aria-describedby={error ? `${id}-error` : undefined}
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
                id={`${id}-${c.id}`}
                type="radio"
                name={`side${upper}`}
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
      <ErrorText id={`${id}-error`} error={error} />
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
