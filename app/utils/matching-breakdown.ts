import type { ConventionKind } from "~/vocabulary/offers";
import type { LanguageLevel } from "~/vocabulary/people";

/**
 * Why a person was suggested, as data: every item names its criterion, the points it earned and
 * the evidence with ids and labels in the three languages, so pages and API clients render it in
 * any language (see matching-explanation.ts for the one-line summary).
 */
export type Labels = { fr: string; en: string; ar: string };
export type ConceptRef = { id: string; labels: Labels };
export type RelationKind = "same" | "narrower" | "broader" | "sibling";
export type PlaceRelation = "same_city" | "same_country" | "cross_country" | "remote";

export type SharedSkill = {
  skill: ConceptRef;
  mentorLevel: number;
  studentLevel: number;
  points: number;
};
export type RelatedSkill = {
  studentSkill: ConceptRef;
  mentorSkill: ConceptRef;
  mentorLevel: number;
  /** How the mentor's skill relates to the student's: "narrower" = a specialty of it. */
  relation: Exclude<RelationKind, "same">;
  points: number;
};
/** A student's skill the mentor has published on without declaring it (publication themes). */
export type ThemeMatch = {
  studentSkill: ConceptRef;
  theme: ConceptRef;
  relation: RelationKind;
  /** The mentor's papers naming the theme. */
  papers: number;
  points: number;
};
export type SharedLanguage = {
  code: string;
  mentorLevel: LanguageLevel;
  studentLevel: LanguageLevel;
};

export type MentorBreakdownItem =
  | { criterion: "shared_skills"; points: number; details: { skills: SharedSkill[] } }
  | { criterion: "related_skills"; points: number; details: { pairs: RelatedSkill[] } }
  | { criterion: "publication_themes"; points: number; details: { themes: ThemeMatch[] } }
  | { criterion: "sectors"; points: number; details: { sectors: ConceptRef[] } }
  | { criterion: "languages"; points: number; details: { languages: SharedLanguage[] } }
  | { criterion: "offer"; points: number; details: { kinds: ConventionKind[] } }
  | {
      criterion: "place";
      points: number;
      details: {
        relation: PlaceRelation;
        mentor: { city: string; country: string };
        student: { city: string; country: string };
      };
    }
  | {
      criterion: "availability";
      points: number;
      details: { capacity: number; active: number; free: number };
    };

export type MentorCriterion = MentorBreakdownItem["criterion"];

/** Hard constraints a near miss failed. */
export type NearMissReason = "capacity_full" | "mentoring_paused" | "no_shared_language";

export type ConceptMatch = {
  /** The concept found in the text. */
  concept: ConceptRef;
  /** The expert's skill that answers it: the same concept or a close one. */
  skill: ConceptRef;
  level: number;
  relation: RelationKind;
  points: number;
};
export type PublicationMatch = {
  id: string;
  title: string;
  year: number;
  /**
   * Words and phrases of the request (or of its translations) found in the title or abstract,
   * as the request wrote them.
   */
  terms: string[];
  points: number;
};

export type ExpertBreakdownItem =
  | { criterion: "concepts"; points: number; details: { matches: ConceptMatch[] } }
  | { criterion: "publications"; points: number; details: { publications: PublicationMatch[] } }
  | { criterion: "profile_text"; points: number; details: { terms: string[] } };

export type ExpertCriterion = ExpertBreakdownItem["criterion"];
