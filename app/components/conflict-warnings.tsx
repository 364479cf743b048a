import type { ReactNode } from "react";
import type { ConflictWarning } from "~/.server/pairings";
import { useT } from "~/utils/use-i18n";
import { FormAlert } from "./forms";

/**
 * The conflict-of-interest warnings a proposal came back with (same organization, co-authors, a
 * pairing already under way), before the coordinator proposes anyway; `children` holds the
 * acknowledgement when the form puts it here.
 */
export function ConflictWarnings({
  intro,
  warnings,
  children,
}: {
  intro: string;
  warnings: readonly ConflictWarning[];
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <FormAlert>
      <p>{intro}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>
            {t(`pairings.conflict.${w.code}`, {
              count: w.code === "coauthors" ? w.publications : 0,
            })}
          </li>
        ))}
      </ul>
      {children}
    </FormAlert>
  );
}
