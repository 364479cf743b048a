import nameData from "./data/names.json" with { type: "json" };

/**
 * Fictional name pools for the demo network (data in ./data/names.json). Any resemblance to a real
 * person is coincidental: first and last names are drawn independently. The diaspora pool holds
 * Belgian-Moroccan names, with the Dutch or French transliterations used in Belgium.
 */
export type Gender = "f" | "m";

/** Where a person's name and mother tongue come from; drives names and languages. */
export type Origin = "ma" | "be-fr" | "be-nl" | "diaspora";

type NamePool = { f: string[]; m: string[]; last: string[] };

export const NAME_POOLS: Record<Origin, NamePool> = nameData;
