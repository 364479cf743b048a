import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { Actor } from "~/.server/actor";
import { isSignedIn, isStaff } from "~/.server/actor";
import { getActor } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { indexChangeCache } from "~/.server/index-change-cache.server";
import { getLocale } from "~/.server/locale.server";
import { mentorshipPanelFor } from "~/.server/mentorship";
import { getPublicProfile } from "~/.server/profiles.server";
import { publicationThemesOf } from "~/.server/publication-themes.server";
import { getVocabulary, labelOf } from "~/.server/taxonomy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { languageName } from "~/utils/display-names";
import type { MessageKey } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useT } from "~/utils/use-i18n";
import { MentorshipCallToAction, MentorshipPanel } from "./mentorship-panel";
import { OwnerPanel } from "./owner-panel";
import { PublicationList } from "./publication-list";
import { PublicationThemes } from "./publication-themes";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.profile.name} · Passerelle` : "Passerelle" },
  { name: "description", content: data?.profile.headline ?? "" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const viewer = await getActor(request);
  const slug = params.slug ?? "";
  // Anonymous visitors all see the same page: read once until the profile changes.
  const view = isSignedIn(viewer)
    ? await profileView(slug, viewer)
    : await indexChangeCache("anonymousProfiles").remember(slug, () => profileView(slug, viewer));
  invariantResponse(view, "Profile not found");
  const { profile, mentorship, themes } = view;
  // Coordinators and admins may start a pairing from here (/pairings/new checks again).
  const canPropose = isStaff(viewer);
  const vocabulary = await getVocabulary();
  return {
    themes,
    profile,
    canPropose,
    signedIn: isSignedIn(viewer),
    mentorship,
    skills: profile.skills.map((s) => ({
      label: s.skillId ? labelOf(vocabulary.skills, s.skillId, locale) : (s.freeLabel ?? ""),
      level: s.level,
      free: !s.skillId,
    })),
    sectors: profile.sectors.map((id) => labelOf(vocabulary.sectors, id, locale)),
    languages: profile.languages.map((l) => ({
      name: languageName(l.code, locale),
      level: l.level,
    })),
  };
}

async function profileView(slug: string, viewer: Actor) {
  const profile = await getPublicProfile(slug, viewer);
  if (!profile) return null;
  const [mentorship, { themes }] = await Promise.all([
    // Contact details only after an accepted mentorship between viewer and person.
    mentorshipPanelFor(getDb(), viewer, profile.id),
    publicationThemesOf(getDb(), profile.publications.length ? [profile.id] : []),
  ]);
  return { profile, mentorship, themes };
}

export default function ProfilePage() {
  const { profile, skills, sectors, languages, canPropose, mentorship, signedIn, themes } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="profile">
      <header>
        <h1>{profile.name}</h1>
        <p className="headline" dir="auto">
          {profile.headline}
        </p>
        <p className="meta">
          <span>{t(`kind.${profile.kind}` as MessageKey)}</span>
          <span>
            <bdi>{profile.city}</bdi>, {t(`country.${profile.country}` as MessageKey)}
          </span>
          {profile.mentoringOpen ? (
            <span className="badge">
              {t("profile.mentoringOpen", { count: profile.mentoringCapacity })}
            </span>
          ) : null}
        </p>
        <MentorshipCallToAction
          slug={profile.slug}
          open={profile.mentoringOpen}
          signedIn={signedIn}
          panel={mentorship}
        />
        {canPropose ? (
          <p>
            <Link to={`/pairings/new?kind=person_person&sideA=${profile.id}`}>
              {t("pairingNew.fromProfile")}
            </Link>
          </p>
        ) : null}
      </header>

      {profile.verification !== "verified" ? (
        <p className="notice" role="status">
          {t(profile.verification === "rejected" ? "verification.rejected" : "profile.pending")}
        </p>
      ) : null}
      {profile.viewerIsOwner ? <OwnerPanel contact={profile.contact} /> : null}

      {profile.bio ? (
        <p className="bio" dir="auto">
          {profile.bio}
        </p>
      ) : null}

      <section aria-labelledby="affiliations">
        <h2 id="affiliations">{t("profile.affiliations")}</h2>
        <ul>
          {profile.affiliations.map((a) => (
            <li key={a.slug}>
              <Link to={`/orgs/${a.slug}`}>{a.name}</Link>
              {a.role ? ` — ${a.role}` : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="skills">
        <h2 id="skills">{t("profile.skills")}</h2>
        <ul className="skill-list">
          {skills.map((s) => (
            <li key={s.label}>
              <span>{s.label}</span>
              <meter
                min={1}
                max={5}
                value={s.level}
                aria-label={t(`level.${s.level}` as MessageKey)}
              />
              <span className="muted">{t(`level.${s.level}` as MessageKey)}</span>
            </li>
          ))}
        </ul>
      </section>

      <PublicationThemes themes={themes} />

      <div className="profile-columns">
        <section aria-labelledby="languages">
          <h2 id="languages">{t("profile.languages")}</h2>
          <ul>
            {languages.map((l) => (
              <li key={l.name}>
                {l.name}{" "}
                <span className="muted">({t(`languageLevel.${l.level}` as MessageKey)})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sectors">
          <h2 id="sectors">{t("profile.sectors")}</h2>
          <ul className="chips">
            {sectors.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      </div>

      {profile.offers.length > 0 ? (
        <section aria-labelledby="offers">
          <h2 id="offers">{t("profile.offers")}</h2>
          <ul>
            {profile.offers.map((o) => (
              <li key={o.kind}>
                <strong>{t(`offer.${o.kind}` as MessageKey)}</strong>
                {o.details ? ` — ${o.details}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="mentoring">
        <h2 id="mentoring">{t("profile.mentoring")}</h2>
        <p>
          {profile.mentoringOpen
            ? t("profile.mentoringOpen", { count: profile.mentoringCapacity })
            : t("profile.mentoringPaused")}
        </p>
        <MentorshipPanel name={profile.name} panel={mentorship} />
        {mentorship.contact || profile.viewerIsOwner ? null : (
          <p className="muted">{t("profile.contactHidden")}</p>
        )}
      </section>

      {profile.publications.length > 0 ? (
        <PublicationList publications={profile.publications} />
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
