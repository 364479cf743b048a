// The app's way to the database: routes import the client from here, never from db/ directly, so
// Vite refuses to bundle it into client code (a `.server` module) and the browser never gets
// Drizzle or the postgres driver. db/ stays the schema, migrations and seed's home.
export { type Database, type Executor, getDb } from "../../db/client";
