import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";
import { hasFilters, type MentorFilters } from "./mentor-filters";

/** GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function MentorFiltersForm({ filters }: { filters: MentorFilters }) {
  const t = useT();
  return (
    <Form method="get" className="partner-filters">
      <div className="field">
        <label htmlFor="mentors-offer">{t("mentorsPage.filter.offer")}</label>
        <select id="mentors-offer" name="offer" defaultValue={filters.offer ?? ""}>
          <option value="">{t("mentorsPage.filter.anyOffer")}</option>
          {CONVENTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`offer.${kind}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="mentors-country">{t("mentorsPage.filter.country")}</label>
        <select id="mentors-country" name="country" defaultValue={filters.country ?? ""}>
          <option value="">{t("mentorsPage.filter.anyCountry")}</option>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {t(`country.${code}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="mentors-remote">{t("mentorsPage.filter.remote")}</label>
        <select id="mentors-remote" name="remote" defaultValue={filters.remote}>
          <option value="yes">{t("mentorsPage.filter.remoteYes")}</option>
          <option value="no">{t("mentorsPage.filter.remoteNo")}</option>
        </select>
      </div>
      <button type="submit">{t("mentorsPage.filter.apply")}</button>
      {hasFilters(filters) ? <Link to="/mentors">{t("mentorsPage.filter.clear")}</Link> : null}
    </Form>
  );
}
