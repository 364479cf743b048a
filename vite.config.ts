import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/**
 * The browser build gets app/locales/client-catalogues.ts where code imports the three-language
 * catalogues (~/locales): a page loads its reader's language only, as a script of its own.
 */
function oneLanguageInTheBrowser(): Plugin {
  const stub = path.resolve("app/locales/client-catalogues.ts");
  return {
    name: "passerelle:one-language-in-the-browser",
    enforce: "pre",
    resolveId(source, _importer, options) {
      if (options?.ssr || source !== "~/locales") return null;
      return stub;
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  server: { port: 3000 },
  // Terser makes the browser's scripts 3.4 KB (gzipped) smaller than esbuild's minifier (bench/).
  build: { minify: isSsrBuild ? false : "terser" },
  plugins: [
    oneLanguageInTheBrowser(),
    remix({
      ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/.*"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
}));
