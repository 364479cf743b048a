import { type Locale, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import {
  mentorResponseRateBuckets,
  RATE_BUCKETS,
  unansweredRequestStats,
} from "./responsiveness.server";

/** The coordinators' dashboard panel: what waits now and what went unanswered, as bars. */
export async function mentorshipDashboardPanel(db: Executor, locale: Locale) {
  const t = translator(locale);
  const [s, rates] = await Promise.all([unansweredRequestStats(db), mentorResponseRateBuckets(db)]);
  return {
    bars: [
      { label: t("mentorship.dash.pending"), value: s.pending },
      { label: t("mentorship.dash.moreInfo"), value: s.moreInfo },
      { label: t("mentorship.dash.reminded"), value: s.remindedStillPending },
      { label: t("mentorship.dash.answered"), value: s.answered },
      { label: t("mentorship.dash.expired"), value: s.expiredUnanswered },
    ],
    /** Mentors by response rate over 180 days: who answers, who leaves students waiting. */
    rates: RATE_BUCKETS.map((bucket) => ({
      label: t(`mentorship.dash.rate.${bucket}`),
      value: rates[bucket],
    })),
    summary:
      s.responseRate === null || s.medianResponseDays === null
        ? t("mentorship.dash.none")
        : t("mentorship.dash.summary", {
            rate: Math.round(s.responseRate * 100),
            days: t("count.days", { count: s.medianResponseDays }),
          }),
  };
}
