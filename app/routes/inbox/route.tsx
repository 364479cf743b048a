import { getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid } from "~/.server/http/form-reply.server";
import {
  InboxQuerySchema,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "~/.server/inbox/inbox.server";
import { renderNotification } from "~/.server/inbox/render-notification";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDateTime } from "~/utils/format-date";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { safeRedirect } from "~/utils/safe-redirect";
import { useLocale, useT } from "~/utils/use-i18n";
import { InboxActionSchema } from "./action-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const query = InboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const inbox = await listNotifications(getDb(), user.userId, query);
  return {
    title: translator(locale)("inbox.title"),
    page: inbox.page,
    pages: inbox.pages,
    unread: inbox.unread,
    items: inbox.rows.map((n) => ({
      id: n.id,
      text: renderNotification(locale, n),
      createdAt: n.createdAt,
      unread: n.readAt === null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), InboxActionSchema);
  if (submission.status !== "success") return invalid(submission, {});
  const db = getDb();
  if (submission.value.intent === "read-all") {
    await markAllNotificationsRead(db, user.userId);
    return redirect("/inbox");
  }
  // Only the owner's notification is marked; another's is "not found", as if it did not exist.
  const opened = await markNotificationRead(db, user.userId, submission.value.id);
  invariantResponse(opened, "Not found");
  return redirect(safeRedirect(opened.link, "/inbox"));
}

export default function InboxPage() {
  const { title, items, unread, page, pages } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="inbox-page">
      <h1>{title}</h1>
      <p className="lead">{t("inbox.lead")}</p>
      {unread > 0 ? (
        <div className="inbox-toolbar">
          <p>{t("inbox.unreadSummary", { count: unread })}</p>
          <InboxForm id="read-all">
            <input type="hidden" name="intent" value="read-all" />
            <button type="submit" className="secondary">
              {t("inbox.markAll")}
            </button>
          </InboxForm>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="notice">{t("inbox.empty")}</p>
      ) : (
        <ol className="inbox-list">
          {items.map((n) => (
            <li key={n.id} className={n.unread ? "inbox-item unread" : "inbox-item"}>
              <InboxForm id={`open-${n.id}`} className="inbox-open">
                <input type="hidden" name="intent" value="open" />
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="link-button">
                  {n.unread ? <span className="inbox-badge">{t("inbox.unread")}</span> : null}
                  <span className="inbox-text">{n.text}</span>
                </button>
              </InboxForm>
              <time dateTime={n.createdAt.toISOString()} className="muted">
                {formatDateTime(n.createdAt, locale)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("inbox.page", { page, pages })}>
          {page > 1 ? <Link to={`/inbox?page=${page - 1}`}>{t("inbox.previous")}</Link> : null}
          <span>{t("inbox.page", { page, pages })}</span>
          {page < pages ? <Link to={`/inbox?page=${page + 1}`}>{t("inbox.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

/** One of the inbox's button forms (open a notification, mark all read). */
function InboxForm({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const [form] = useSchemaForm(InboxActionSchema, { id });
  return (
    <Form method="post" className={className} {...getFormProps(form)}>
      {children}
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
