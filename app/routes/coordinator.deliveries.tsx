import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getOutboxOverview, retryDeadLetters } from "~/.server/jobs/dead-letters.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { formErrorOf, parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { OUTBOX_QUEUES, type OutboxQueue } from "~/vocabulary/outbox";
import { STAFF_ROLES } from "~/vocabulary/roles";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** GET /coordinator/deliveries — what the outboxes gave up on (docs/decisions/041), for the staff. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, STAFF_ROLES);
  return {
    title: translator(await getLocale(request))("outbox.title"),
    overview: await getOutboxOverview(getDb(), actor),
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

type RetryReply = { requeued?: number };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, STAFF_ROLES);
  const submission = parseForm(await request.formData(), RetrySchema);
  if (submission.status !== "success") {
    // Only hidden fields: a failed parse is a forged or stale page, said at the top.
    return invalid<RetryReply>(submission, {}, { formErrors: [{ key: "outbox.invalid" }] });
  }
  const input = submission.value;
  const requeued = await retryDeadLetters(
    getDb(),
    actor,
    input.queue,
    input.intent === "retry" ? [input.id] : undefined,
  );
  if (requeued === 0) {
    return reply<RetryReply>(submission, {}, { status: 409, formErrors: [{ key: "outbox.gone" }] });
  }
  return reply<RetryReply>(submission, { requeued }, { resetForm: true });
}

export default function OutboxPage() {
  const { overview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusal = formErrorOf(result?.result);
  const t = useT();
  const locale = useLocale();
  const date = (d: Date) =>
    new Date(d).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="staff-page">
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.lead")}</p>
      {result?.requeued ? (
        <FormAlert tone="success">{t("outbox.requeued", { count: result.requeued })}</FormAlert>
      ) : null}
      {refusal ? <FormAlert>{t(refusal.key, refusal.params)}</FormAlert> : null}
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
          <RetryForm id={`retry-all-${queue}`} fields={{ intent: "retry-all", queue }}>
            {t("outbox.retryAll", { count: counts.dead })}
          </RetryForm>
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
      <RetryForm
        id={`retry-${props.queue}-${props.id}`}
        fields={{ intent: "retry", queue: props.queue, id: String(props.id) }}
        label={t("outbox.retry.label", { name: props.label })}
      >
        {t("outbox.retry")}
      </RetryForm>
    </li>
  );
}

/** A button and the hidden fields naming what it retries; the schema checks them on both sides. */
function RetryForm(props: {
  id: string;
  fields: Record<string, string>;
  label?: string;
  children: ReactNode;
}) {
  const [form] = useSchemaForm(RetrySchema, { id: props.id });
  return (
    <Form method="post" {...getFormProps(form)}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-label={props.label}>
        {props.children}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
