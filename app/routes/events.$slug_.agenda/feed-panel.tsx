import { Form } from "@remix-run/react";
import { useState } from "react";
import type { FormResult } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";

/** The private calendar feed: its URL to copy into a calendar app, and a reset if it leaked. */
export function FeedPanel({ feedUrl }: { feedUrl: string; lastResult: FormResult | null }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <section className="card no-print" aria-labelledby="agenda-feed">
      <h2 id="agenda-feed">{t("agenda.feed.title")}</h2>
      <p className="field-hint">{t("agenda.feed.hint")}</p>
      <div className="field">
        <label htmlFor="agenda-feed-url">{t("agenda.feed.url")}</label>
        <input id="agenda-feed-url" readOnly value={feedUrl} dir="ltr" data-testid="feed-url" />
      </div>
      <p className="agenda-tools">
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            navigator.clipboard?.writeText(feedUrl).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("agenda.feed.copied") : t("agenda.feed.copy")}
        </button>
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="reset-feed" />
        <p className="field-hint">{t("agenda.feed.resetHint")}</p>
        <button type="submit" className="secondary">
          {t("agenda.feed.reset")}
        </button>
      </Form>
    </section>
  );
}

/** The QR code organisers scan at the entrance: it opens this registration's check-in page. */
export function CheckInCode({ svg, url }: { svg: string; url: string }) {
  const t = useT();
  return (
    <section className="card agenda-qr" aria-labelledby="agenda-qr">
      <h2 id="agenda-qr">{t("agenda.qr.title")}</h2>
      <div
        className="qr-code"
        role="img"
        aria-label={t("agenda.qr.alt")}
        // Generated on the server by qrcode from our own URL: markup we made, not user input.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: see above
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="field-hint">{t("agenda.qr.hint")}</p>
      <p className="visually-hidden">{url}</p>
    </section>
  );
}
