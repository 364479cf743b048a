import { Link } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";
import { useUnreadCount } from "~/utils/use-unread-count";

/** "Notifications (3)" in the account menu; screen readers hear "… — 3 notifications non lues". */
export function InboxLink() {
  const t = useT();
  const unread = useUnreadCount();
  const label =
    unread > 0 ? `${t("nav.inbox")} — ${t("nav.inboxUnread", { count: unread })}` : undefined;
  return (
    <Link to="/inbox" className="inbox-link" data-testid="inbox-link" aria-label={label}>
      <span className="inbox-icon" aria-hidden="true" />
      <span className="inbox-label">{t("nav.inbox")}</span>
      {unread > 0 ? <span className="inbox-count"> ({unread})</span> : null}
    </Link>
  );
}
