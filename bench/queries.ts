import type { DirectoryFacet } from "~/utils/directory-query";

/**
 * The one query set sent to the app, to Meilisearch and to PostgreSQL. `intended` names the
 * taxonomy concepts a user means: recall is measured against the people who really hold them.
 */
export type QueryClass = "plain" | "typo" | "synonym" | "browse";
export type Filters = Partial<Record<DirectoryFacet, string[]>>;
export type BenchQuery = {
  id: string;
  class: QueryClass;
  q: string;
  filters: Filters;
  intended: string[];
};

const ML = ["machine-learning"];
const AI = ["artificial-intelligence"];

const q = (
  cls: QueryClass,
  text: string,
  intended: string[],
  filters: Filters = {},
): BenchQuery => ({
  id: `${cls}:${text || "∅"}${Object.keys(filters).length ? ` ${describeFilters(filters)}` : ""}`,
  class: cls,
  q: text,
  filters,
  intended,
});

export const QUERIES: BenchQuery[] = [
  q("plain", "machine learning", ML),
  q("plain", "cybersecurity", ["cybersecurity"]),
  q("plain", "Kubernetes", ["kubernetes"]),
  q("plain", "deep learning", ["deep-learning"]),
  q("plain", "python", ["python"]),
  q("plain", "data science", ["data-science"]),
  q("plain", "machine learning", ML, { country: ["MA"] }),
  q("plain", "python", ["python"], { sectors: ["health"] }),
  q("plain", "deep learning", ["deep-learning"], { country: ["BE"], languages: ["nl"] }),

  q("typo", "machine lerning", ML),
  q("typo", "apprentisage automatique", ML),
  q("typo", "kubernets", ["kubernetes"]),
  q("typo", "cybersecurite", ["cybersecurity"]),
  q("typo", "cybersecurty", ["cybersecurity"]),
  q("typo", "deep lerning", ["deep-learning"]),
  q("typo", "compter vision", ["computer-vision"]),
  q("typo", "reinforcment learning", ["reinforcement-learning"]),
  q("typo", "natural langage processing", ["natural-language-processing"]),
  q("typo", "pyhton", ["python"]),
  q("typo", "machine lerning", ML, { country: ["BE"] }),
  q("typo", "apprentisage automatique", ML, { sectors: ["health"] }),

  q("synonym", "IA", AI),
  q("synonym", "AI", AI),
  q("synonym", "ML", ML),
  q("synonym", "الذكاء الاصطناعي", AI),
  q("synonym", "التعلم الآلي", ML),
  q("synonym", "vision par ordinateur", ["computer-vision"]),
  q("synonym", "NLP", ["natural-language-processing"]),
  q("synonym", "K8s", ["kubernetes"]),
  q("synonym", "sécurité informatique", ["cybersecurity"]),
  q("synonym", "الأمن السيبراني", ["cybersecurity"]),
  q("synonym", "apprentissage profond", ["deep-learning"]),
  q("synonym", "IA", AI, { country: ["MA"] }),
  q("synonym", "ML", ML, { kind: ["researcher"] }),

  q("browse", "", []),
  q("browse", "", [], { country: ["MA"], sectors: ["health"] }),
  q("browse", "", [], { skills: ["machine-learning"] }),
];

export const QUERY_CLASSES: QueryClass[] = ["plain", "typo", "synonym", "browse"];

export function describeFilters(filters: Filters) {
  return Object.entries(filters)
    .map(([facet, values]) => `${facet}=${values.join("|")}`)
    .join(" ");
}

/** The query as the public API takes it: GET /api/v1/search?q=…&country=MA&lang=fr. */
export function toApiPath(query: BenchQuery, lang = "fr") {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const [facet, values] of Object.entries(query.filters)) {
    for (const value of values) params.append(facet, value);
  }
  params.set("lang", lang);
  return `/api/v1/search?${params}`;
}

/** The /experts page's data request for the query (French, the default language). */
export function toPagePath(query: BenchQuery) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const [facet, values] of Object.entries(query.filters)) {
    for (const value of values) params.append(facet, value);
  }
  return `/experts.data${params.size ? `?${params}` : ""}`;
}
