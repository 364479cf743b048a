import { NavLink, useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";

/** "Mentorat (2)" in the account menu: the requests waiting for the viewer's action. */
export function MentorshipLink() {
  const t = useT();
  const waiting =
    useRouteLoaderData<{ mentorshipWaiting?: number }>("root")?.mentorshipWaiting ?? 0;
  return (
    <NavLink to="/mentorship" data-testid="mentorship-link">
      {t("nav.mentorship")}
      {waiting > 0 ? (
        <>
          <span className="inbox-count" aria-hidden="true">
            {" "}
            ({waiting})
          </span>
          <span className="visually-hidden">
            , {t("nav.mentorshipWaiting", { count: waiting })}
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
