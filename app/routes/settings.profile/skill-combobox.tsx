import { useEffect, useRef, useState } from "react";
import type { FieldMeta } from "~/components/forms";
import type { SkillSuggestion } from "~/utils/skill-suggestion";
import { useLocale, useT } from "~/utils/use-i18n";

/**
 * A text input that suggests taxonomy skills as you type (any of the three languages, accents
 * ignored), following the ARIA combobox pattern. Without JavaScript it is a plain text input: the
 * server maps the typed label to the taxonomy, or keeps it as a free tag.
 */
export function SkillCombobox({
  meta,
  label,
  describedBy,
}: {
  meta: FieldMeta;
  label: string;
  /** The id of the row's error, when it has one. */
  describedBy?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const id = meta.id;
  const listId = `${id}-list`;
  const [value, setValue] = useState(
    typeof meta.initialValue === "string" ? meta.initialValue : "",
  );
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<SkillSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (query.trim().length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/skills?${new URLSearchParams({ q: query, lang: locale })}`, {
        signal: controller.signal,
      })
        .then((r) => (r.ok ? r.json() : { skills: [] }))
        .then((body: { skills: SkillSuggestion[] }) => {
          setSuggestions(body.skills);
          setActive(-1);
        })
        .catch(() => {});
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  const expanded = open && suggestions.length > 0;
  const pick = (s: SkillSuggestion) => {
    setValue(s.label);
    setOpen(false);
    setSuggestions([]);
    input.current?.focus();
  };

  return (
    <div className="combobox">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={meta.name}
        form={meta.formId}
        value={value}
        dir="auto"
        autoComplete="off"
        className="combobox-input"
        maxLength={80}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setValue(e.target.value);
          setQuery(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (!expanded) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => (a + 1) % suggestions.length);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
          } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            pick(suggestions[active]!);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t("settings.suggestions")}
        hidden={!expanded}
        className="combobox-list"
      >
        {suggestions.map((s, i) => (
          // Focus stays in the input (aria-activedescendant); options are reachable by arrow keys.
          <div
            key={s.id}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            // mousedown, not click: it fires before the input's blur closes the list
            onMouseDown={(e) => {
              e.preventDefault();
              pick(s);
            }}
          >
            <span dir="auto">{s.label}</span>
            {s.matched ? (
              <span className="muted" dir="auto">
                {" "}
                ({s.matched})
              </span>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}
