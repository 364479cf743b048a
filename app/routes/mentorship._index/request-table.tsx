import { Link } from "@remix-run/react";
import { formatDay } from "~/utils/format-date";
import { useLocale, useT } from "~/utils/use-i18n";
import type { MentorshipGoal, MentorshipStatus } from "~/vocabulary/mentorship";

type Row = {
  id: string;
  status: MentorshipStatus;
  goal: MentorshipGoal;
  updatedAt: Date;
  waitingForMe: boolean;
  studentName: string;
  mentorName: string;
};

/** One list of requests; `side` is the viewer's part, so the other party is named. */
export function RequestTable({
  title,
  rows,
  side,
}: {
  title: string;
  rows: Row[];
  side: "student" | "mentor";
}) {
  const t = useT();
  const locale = useLocale();
  const id = `requests-${side}`;
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("mentorship.empty")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("mentorship.col.person")}</th>
              <th scope="col">{t("mentorship.col.goal")}</th>
              <th scope="col">{t("mentorship.col.status")}</th>
              <th scope="col">{t("mentorship.col.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/mentorship/${r.id}`}>
                    {side === "student" ? r.mentorName : r.studentName}
                  </Link>
                </td>
                <td>{t(`mentorship.goal.${r.goal}`)}</td>
                <td>
                  <span className={`badge mentorship-${r.status}`}>
                    {t(`mentorship.status.${r.status}`)}
                  </span>
                  {r.waitingForMe ? (
                    <span className="badge mentorship-turn"> {t("mentorship.yourTurn")}</span>
                  ) : null}
                </td>
                <td>{formatDay(r.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
