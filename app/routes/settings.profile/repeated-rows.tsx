import { type ReactNode, useState } from "react";
import type { FormValues } from "~/utils/forms";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-i18n";

/**
 * Rows of a repeated field: the saved ones plus one blank row (so adding works without
 * JavaScript: fill it, save, a new blank row appears); with JavaScript an "Add" button appends
 * more rows at once. Each saved row has a "Remove" checkbox.
 */
export function RepeatedRows({
  rows,
  addLabel,
  renderRow,
}: {
  rows: FormValues[];
  addLabel: string;
  renderRow: (index: number, row: FormValues | undefined) => ReactNode;
}) {
  const hydrated = useHydrated();
  const [count, setCount] = useState(rows.length + 1);
  return (
    <>
      <ol className="repeated-rows">
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional form fields
          <li key={i}>{renderRow(i, rows[i])}</li>
        ))}
      </ol>
      {hydrated ? (
        <button type="button" className="secondary" onClick={() => setCount((n) => n + 1)}>
          {addLabel}
        </button>
      ) : null}
    </>
  );
}

export function RemoveCheckbox({ name }: { name: string }) {
  const t = useT();
  return (
    <label className="remove-row">
      <input type="checkbox" name={name} />
      {t("form.remove")}
    </label>
  );
}
