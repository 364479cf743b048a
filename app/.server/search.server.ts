// The app's way to Meilisearch: routes import the client from here, never from search/ directly
// (see db.server.ts for why).
export { getSearchEngine, type SearchEngine } from "../../search/client";
