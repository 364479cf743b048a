import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import {
  getOutboxOverview,
  OUTBOX_QUEUES,
  type OutboxQueue,
  retryDeadLetters,
} from "~/.server/jobs/dead-letters.server";
import { getLocale } from "~/.server/locale.server";
import { AdminNav } from "~/components/admin-nav";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { getDb } from "../../db/client";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin"]);
  return {
    title: translator(await getLocale(request))("outbox.title"),
    overview: await getOutboxOverview(getDb()),
  };
}

const RetrySchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("retry"),
    queue: z.enum(OUTBOX_QUEUES),
    id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  }),
  z.object({ intent: z.literal("retry-all"), queue: z.enum(OUTBOX_QUEUES) }),
]);

type Outcome = { message: MessageKey; count?: number; ok: boolean };

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ["admin"]);
  const parsed = RetrySchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return data<Outcome>({ message: "outbox.invalid", ok: false }, { status: 400 });
  const input = parsed.data;
  const count = await retryDeadLetters(
    getDb(),
    input.queue,
    input.intent === "retry" ? [input.id] : undefined,
  );
  if (count === 0) return data<Outcome>({ message: "outbox.gone", ok: false }, { status: 404 });
  return data<Outcome>({ message: "outbox.requeued", count, ok: true });
}

export default function OutboxPage() {
  const { overview } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const date = (d: Date) =>
    new Date(d).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="staff-page">
      <AdminNav />
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.lead")}</p>
      {outcome ? (
        <FormAlert tone={outcome.ok ? "success" : "error"}>
          {t(outcome.message, { count: outcome.count ?? 0 })}
        </FormAlert>
      ) : null}
      <QueueSection queue="search" title={t("outbox.search.title")} counts={overview.search}>
        {overview.search.letters.map((letter) => (
          <DeadLetter
            key={letter.id}
            queue="search"
            id={letter.id}
            title={
              letter.name && letter.href ? (
                <Link to={letter.href}>{letter.name}</Link>
              ) : (
                <span className="muted">{t("outbox.deleted")}</span>
              )
            }
            label={letter.name ?? letter.entityId}
            details={[t(`outbox.entity.${letter.entity}`), letter.entityId]}
            attempts={letter.attempts}
            deadSince={date(letter.deadAt)}
            lastError={letter.lastError}
          />
        ))}
      </QueueSection>
      <QueueSection queue="email" title={t("outbox.email.title")} counts={overview.email}>
        {overview.email.letters.map((letter) => (
          <DeadLetter
            key={letter.id}
            queue="email"
            id={letter.id}
            title={<span dir="auto">{letter.subject}</span>}
            label={letter.subject}
            details={[t("outbox.to", { to: letter.to })]}
            attempts={letter.attempts}
            deadSince={date(letter.deadAt)}
            lastError={letter.lastError}
          />
        ))}
      </QueueSection>
    </div>
  );
}

function QueueSection({
  queue,
  title,
  counts,
  children,
}: {
  queue: OutboxQueue;
  title: string;
  counts: { pending: number; dead: number };
  children: ReactNode[];
}) {
  const t = useT();
  return (
    <section aria-labelledby={`outbox-${queue}`} data-testid={`outbox-${queue}`}>
      <h2 id={`outbox-${queue}`}>{title}</h2>
      <div className="inline-actions">
        <span className="muted">{t("outbox.counts", counts)}</span>
        {counts.dead > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="retry-all" />
            <input type="hidden" name="queue" value={queue} />
            <button type="submit">{t("outbox.retryAll", { count: counts.dead })}</button>
          </Form>
        ) : null}
      </div>
      {children.length === 0 ? (
        <p>{t("outbox.none")}</p>
      ) : (
        <ul className="review-list">{children}</ul>
      )}
    </section>
  );
}

function DeadLetter(props: {
  queue: OutboxQueue;
  id: number;
  title: ReactNode;
  /** Names the row for the button's accessible name. */
  label: string;
  details: string[];
  attempts: number;
  deadSince: string;
  lastError: string | null;
}) {
  const t = useT();
  return (
    <li className="card dead-letter" data-testid="dead-letter">
      <h3>{props.title}</h3>
      <p className="meta">
        {props.details.map((detail) => (
          <span key={detail}>{detail}</span>
        ))}
        <span>{t("outbox.attempts", { count: props.attempts })}</span>
        <span>{t("outbox.deadSince", { date: props.deadSince })}</span>
      </p>
      {props.lastError ? (
        <p className="dead-letter-error">
          <strong>{t("outbox.lastError")}</strong> <code dir="ltr">{props.lastError}</code>
        </p>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="retry" />
        <input type="hidden" name="queue" value={props.queue} />
        <input type="hidden" name="id" value={props.id} />
        <button type="submit" aria-label={t("outbox.retry.label", { name: props.label })}>
          {t("outbox.retry")}
        </button>
      </Form>
    </li>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
