import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import { type ReactNode, useEffect } from "react";
import { getOptionalUser, refreshedSessionCookie } from "~/.server/auth/require-user.server";
import { messagesHref } from "~/.server/client-messages.server";
import { getDb } from "~/.server/db.server";
import { countUnreadOnPage } from "~/.server/inbox/inbox.server";
import { getLocale } from "~/.server/locale.server";
import { countWaitingForAction } from "~/.server/mentorship";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SiteHeader } from "~/components/header/site-header";
import { SiteFooter } from "~/components/site-footer";
import stylesheet from "~/styles/app.css?url";
import designSystem from "~/styles/design-system.css?url";
import layout from "~/styles/layout.css?url";
import { DEFAULT_LOCALE, direction, hasCatalogue, type Locale } from "~/utils/i18n";
import { useNonce } from "~/utils/nonce";
import type { HeaderUser } from "~/utils/use-user";

// Pages set their own title; an error page (the root boundary) still has one.
export const meta: MetaFunction = () => [{ title: "Passerelle" }];

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: designSystem },
  { rel: "stylesheet", href: stylesheet },
  { rel: "stylesheet", href: layout },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // A refused request's error page (routes/rejected.tsx) runs no query at all.
  if (context.rejection) {
    return data({
      locale: await getLocale(request),
      user: null,
      unreadCount: 0,
      mentorshipWaiting: 0,
      requestId: context.requestId ?? null,
      rejected: true,
    });
  }
  const [locale, user, cookie] = await Promise.all([
    getLocale(request),
    getOptionalUser(request),
    refreshedSessionCookie(request),
  ]);
  const header: HeaderUser | null = user
    ? {
        name: user.person?.name ?? user.email,
        slug: user.person?.slug ?? null,
        roles: user.roles,
        kind: user.person?.kind ?? null,
      }
    : null;
  // The inbox link's count, with the notices this very page answers already read.
  const unreadCount = user
    ? await countUnreadOnPage(getDb(), user.userId, new URL(request.url).pathname)
    : 0;
  // Mentorship requests waiting for the viewer's answer, for the "Mentorat" link.
  const mentorshipWaiting = user?.person ? await countWaitingForAction(getDb(), user.person.id) : 0;
  // The cookie follows the session's sliding expiry (docs/decisions/006-sessions-and-csrf.md).
  return data(
    {
      locale,
      messages: messagesHref(locale),
      user: header,
      unreadCount,
      mentorshipWaiting,
      // The error boundary's reference after a client-side navigation (same request as the error).
      requestId: context.requestId ?? null,
    },
    cookie ? { headers: { "Set-Cookie": cookie } } : undefined,
  );
}

// Runs on every navigation, so the session cookie is refreshed and the header stays current.
export const shouldRevalidate = () => true;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<{ locale: Locale; messages: string; rejected?: boolean }>("root");
  const nonce = useNonce();
  const locale = data?.locale ?? DEFAULT_LOCALE;
  useEffect(() => {
    // The browser holds one language (entry.client.tsx): another one needs a fresh page.
    if (hasCatalogue() && !hasCatalogue(locale)) window.location.reload();
  }, [locale]);
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* Without the root's data (an error page), the unhashed name still serves them. */}
        <link
          rel="modulepreload"
          href={data?.messages ?? `/i18n/${locale}.js`}
          nonce={nonce}
          data-messages=""
        />
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
        {/* A refused request's page is static: the browser's router would match the refused
            address to another route than the one the server rendered. */}
        {data?.rejected ? null : (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
