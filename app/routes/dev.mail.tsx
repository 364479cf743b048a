import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { dataDirectory, listDevMail } from "~/.server/email/dev-mailbox.server";
import { mailDirectory } from "~/.server/email/transport.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { invariantResponse } from "~/utils/responses";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction = () => [
  { title: "Mail · Passerelle" },
  { name: "robots", content: "noindex" },
];

/** The e-mails the file transport wrote. Development only: a 404 in production. */
export async function loader(_: LoaderFunctionArgs) {
  invariantResponse(process.env.NODE_ENV !== "production", "Not found");
  const dataDir = dataDirectory();
  return { dir: mailDirectory(dataDir), mails: await listDevMail(dataDir) };
}

export default function DevMailPage() {
  const t = useT();
  const { dir, mails } = useLoaderData<typeof loader>();
  return (
    <section className="dev-mail">
      <h1>{t("devMail.title")}</h1>
      <p className="muted">{t("devMail.note", { dir })}</p>
      {mails.length === 0 ? <p>{t("devMail.empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.file} className="card">
          <p className="muted">{mail.file}</p>
          <pre dir="auto">{mail.content}</pre>
        </article>
      ))}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
