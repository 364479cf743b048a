import type { ConventionKind } from "../../../db/schema";
import type { CriterionWeights } from "./types";

/**
 * How much each criterion counts, by purpose, for a lab looking for a partner lab. Joint research
 * and co-supervision lean on shared and complementary science and recent papers; internships,
 * incubation and mentoring on the partner actually offering it and on what it adds.
 */
export const LAB_WEIGHTS: Record<ConventionKind, CriterionWeights> = {
  joint_research: w(20, 18, 10, 8, 14, 8, 7, 15),
  thesis_cosupervision: w(17, 20, 8, 12, 14, 9, 5, 15),
  mobility: w(15, 17, 8, 14, 11, 12, 8, 15),
  internship: w(20, 13, 12, 18, 4, 12, 6, 15),
  incubation: w(20, 8, 20, 20, 2, 10, 5, 15),
  mentoring: w(24, 12, 12, 16, 4, 12, 5, 15),
};

/** For a person looking for a lab: fit to the person's own skills and the lab's offer come first. */
export const PERSON_WEIGHTS: Record<ConventionKind, CriterionWeights> = {
  internship: w(14, 24, 12, 20, 4, 12, 4, 10),
  mobility: w(10, 24, 8, 16, 16, 12, 4, 10),
  thesis_cosupervision: w(12, 26, 8, 14, 14, 12, 4, 10),
  joint_research: w(12, 26, 8, 10, 18, 10, 6, 10),
  incubation: w(14, 16, 22, 22, 2, 10, 4, 10),
  mentoring: w(18, 24, 10, 16, 4, 14, 4, 10),
};

function w(
  complementarity: number,
  overlap: number,
  sectors: number,
  purpose: number,
  publications: number,
  languages: number,
  ties: number,
  country: number,
): CriterionWeights {
  return { complementarity, overlap, sectors, purpose, publications, languages, ties, country };
}
