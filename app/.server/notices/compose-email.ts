import { type Locale, translator } from "~/utils/i18n";
import { renderNotification } from "../inbox/render-notification";

export type NoticeItem = { kind: string; payload: unknown; link: string | null };

const SUBJECT_MAX = 110;

/**
 * One e-mail for one recipient, in their language only: a single notice is its own subject; a
 * burst or a day's notices become one digest listing each with its link. Texts come from the
 * inbox's messages (render-notification), so the e-mail says what the inbox says.
 */
export function composeNoticeEmail(
  locale: Locale,
  items: readonly NoticeItem[],
  options: { origin: string; daily: boolean },
): { subject: string; text: string } {
  const t = translator(locale);
  const lines = items.map((item) => {
    const line = renderNotification(locale, item);
    return item.link ? `• ${line}\n  ${options.origin}${item.link}` : `• ${line}`;
  });
  const single = items.length === 1 ? renderNotification(locale, items[0]!) : null;
  const subject =
    single && !options.daily
      ? t("notice.email.subjectOne", { text: truncate(single, SUBJECT_MAX) })
      : t(options.daily ? "notice.email.subjectDaily" : "notice.email.subjectMany");
  const text = [
    t("notice.email.greeting"),
    lines.join("\n\n"),
    t("notice.email.footer", { link: `${options.origin}/settings/notifications` }),
  ].join("\n\n");
  return { subject, text };
}

function truncate(text: string, max: number) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
