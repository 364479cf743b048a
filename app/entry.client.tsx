import { RemixBrowser } from "@remix-run/react";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { provideCatalogue } from "~/locales/client-catalogues";
import { isLocale } from "~/utils/i18n";
import { rememberScriptsRun } from "~/utils/scripts-cookie";

/**
 * The page's language arrives as its own script (root.tsx preloads it): register it, then
 * hydrate, so the first render in the browser reads the same messages the server wrote.
 */
async function loadMessages() {
  const locale = document.documentElement.lang;
  const link = document.querySelector<HTMLLinkElement>("link[data-messages]");
  if (!isLocale(locale) || !link) return;
  const module = (await import(/* @vite-ignore */ link.href)) as {
    default: Parameters<typeof provideCatalogue>[1];
  };
  provideCatalogue(locale, module.default);
}

rememberScriptsRun();
loadMessages()
  .catch((error) => console.error("messages did not load", error))
  .finally(() =>
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <RemixBrowser />
        </StrictMode>,
      );
    }),
  );
