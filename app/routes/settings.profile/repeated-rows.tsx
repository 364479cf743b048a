import type { FormMeta } from "~/components/forms";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-i18n";

/**
 * The "Add" button of a repeated field (languages, skills). The list always ends with a blank row,
 * so adding works without JavaScript (fill it and save); with it, this inserts more blank rows.
 */
export function AddRowButton({
  form,
  name,
  label,
  row,
}: {
  form: FormMeta;
  name: string;
  label: string;
  row: Record<string, string>;
}) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="submit"
      className="secondary"
      // A row is an object; Conform types the default of an untyped list as a string.
      {...form.insert.getButtonProps({ name, defaultValue: row as unknown as string })}
    >
      {label}
    </button>
  );
}

/** Ticked, the row is dropped on save (works without JavaScript). */
export function RemoveCheckbox({ name }: { name: string }) {
  const t = useT();
  return (
    <label className="remove-row">
      <input type="checkbox" name={name} />
      {t("form.remove")}
    </label>
  );
}
