import { type Locale, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import { unansweredRequestStats } from "./responsiveness.server";

/** The coordinators' dashboard panel: what waits now and what went unanswered, as bars. */
export async function mentorshipDashboardPanel(db: Executor, locale: Locale) {
  const t = translator(locale);
  const s = await unansweredRequestStats(db);
  return {
    bars: [
      { label: t("mentorship.dash.pending"), value: s.pending },
      { label: t("mentorship.dash.moreInfo"), value: s.moreInfo },
      { label: t("mentorship.dash.reminded"), value: s.remindedStillPending },
      { label: t("mentorship.dash.answered"), value: s.answered },
      { label: t("mentorship.dash.expired"), value: s.expiredUnanswered },
    ],
    summary:
      s.responseRate === null || s.medianResponseDays === null
        ? t("mentorship.dash.none")
        : t("mentorship.dash.summary", {
            rate: Math.round(s.responseRate * 100),
            days: s.medianResponseDays,
          }),
  };
}
