/**
 * A topic of the evaluation network: the people planted for it and how they are judged.
 * - exact (relevance 2): the topic's expertise at the top levels, with papers on it;
 * - related (relevance 1): a neighbouring expertise (same field, another angle);
 * - decoy (relevance 0): shares words with the topic, not its expertise.
 * Background people (the demo network) holding one of `core` at level ≥ 4 are judged 1.
 */
export type PersonSpec = {
  skills: [skillId: string, level: number][];
  headline: string;
  bio: string;
  publications: [title: string, abstract: string][];
};

export type Topic = {
  id: string;
  core: string[];
  sectors: string[];
  cities: { ma: string; be: string };
  exact: PersonSpec;
  related: PersonSpec;
  decoy: PersonSpec;
};

export type EvalQuery = {
  id: string;
  topic: string;
  lang: "fr" | "en" | "ar";
  length: "short" | "long";
  text: string;
};
