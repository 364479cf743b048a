import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getLocale } from "~/.server/locale.server";
import { getNetworkStats } from "~/.server/network-stats.server";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Passerelle" },
  { name: "description", content: data?.description ?? "" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(await getLocale(request));
  return {
    stats: await getNetworkStats(),
    title: `Passerelle — ${t("app.tagline")}`,
    description: t("home.lead"),
  };
}

export default function Home() {
  const { stats } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="home">
      <section className="hero">
        <p className="eyebrow">{t("app.tagline")}</p>
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        <Form method="get" action="/experts" role="search" className="search-bar">
          <label htmlFor="home-q" className="visually-hidden">
            {t("home.searchLabel")}
          </label>
          <input id="home-q" type="search" name="q" placeholder={t("home.searchPlaceholder")} />
          <button type="submit">{t("home.searchButton")}</button>
        </Form>
        <dl className="stats">
          <div>
            <dt>{t("home.stats.experts")}</dt>
            <dd>{stats.experts}</dd>
          </div>
          <div>
            <dt>{t("home.stats.organizations")}</dt>
            <dd>{stats.organizations}</dd>
          </div>
          <div>
            <dt>{t("home.stats.students")}</dt>
            <dd>{stats.students}</dd>
          </div>
        </dl>
      </section>
      <section className="audiences">
        <article>
          <h2>{t("home.forStudents.title")}</h2>
          <p>{t("home.forStudents.body")}</p>
        </article>
        <article>
          <h2>{t("home.forExperts.title")}</h2>
          <p>{t("home.forExperts.body")}</p>
        </article>
        <article>
          <h2>{t("home.forCoordinators.title")}</h2>
          <p>{t("home.forCoordinators.body")}</p>
        </article>
      </section>
      <section className="explain">
        <h2>{t("home.explainTitle")}</h2>
        <p>{t("home.explainBody")}</p>
      </section>
      <section className="card home-match-cta" aria-labelledby="home-match-cta">
        <div>
          <h2 id="home-match-cta">{t("home.matchCta.title")}</h2>
          <p>{t("home.matchCta.body")}</p>
        </div>
        <Link to="/match" className="button">
          {t("home.matchCta.link")}
        </Link>
      </section>
    </div>
  );
}
