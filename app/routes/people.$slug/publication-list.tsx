import { Link } from "@remix-run/react";
import type { PublicProfile } from "~/.server/profiles.server";
import { DoiLink } from "~/components/doi-link";
import { useT } from "~/utils/use-i18n";

export function PublicationList({ publications }: { publications: PublicProfile["publications"] }) {
  const t = useT();
  return (
    <section aria-labelledby="publications">
      <h2 id="publications">{t("profile.publications")}</h2>
      <ol className="publications">
        {publications.map((p) => (
          <li key={p.id}>
            <p className="publication-title" dir="auto">
              {p.title}
            </p>
            <p className="muted">
              {p.authors.map((a, i) => (
                <span key={a.slug ?? `${a.name}-${i}`}>
                  {i > 0 ? ", " : null}
                  {a.slug ? <Link to={`/people/${a.slug}`}>{a.name}</Link> : a.name}
                </span>
              ))}
              {" · "}
              {p.venue ? `${p.venue}, ` : null}
              {p.year}
              {p.doi ? (
                <>
                  {" · "}
                  <DoiLink doi={p.doi} />
                </>
              ) : null}
            </p>
            {p.abstract ? (
              <details>
                <summary>{t("profile.abstract")}</summary>
                <p dir="auto">{p.abstract}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
