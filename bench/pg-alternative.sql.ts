import { pgSearchSetup } from "../search/pg-search.sql";

/** The bench's copy of the PostgreSQL search objects (search/pg-search.sql.ts), prefixed bench_. */
export const PG_ALTERNATIVE_SETUP = pgSearchSetup("bench_");
