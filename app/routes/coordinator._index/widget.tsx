import type { ReactNode } from "react";
import { useId } from "react";
import { useT } from "~/utils/use-i18n";

/** One dashboard card: a heading, its chart or figure, and the CSV of its dataset. */
export function Widget({
  title,
  exportName,
  testId,
  children,
}: {
  title: string;
  exportName?: string;
  testId?: string;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="card dashboard-widget" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
      {exportName ? (
        <p className="dashboard-export">
          <a href={`/coordinator/export/${exportName}.csv`} download>
            {t("dash.export")}
            <span className="visually-hidden"> — {title}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
