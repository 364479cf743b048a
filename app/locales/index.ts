import { accounts } from "./accounts";
import { apiTokens } from "./api-tokens";
import { core } from "./core";
import { dashboard } from "./dashboard";
import type { Message } from "./define";
import { directory } from "./directory";
import { events } from "./events";
import { eventsAgenda } from "./events-agenda";
import { eventsCore } from "./events-core";
import { eventsPlanner } from "./events-planner";
import { eventsSuggestions } from "./events-suggestions";
import { forms } from "./forms";
import { importExport } from "./import";
import { importIssues } from "./import-issues";
import { inbox } from "./inbox";
import { matching } from "./matching";
import { matchingPages } from "./matching-pages";
import { mentorsPage } from "./mentors-page";
import { mentorship } from "./mentorship";
import { mentorshipDashboard } from "./mentorship-dashboard";
import { mentorshipErrors } from "./mentorship-errors";
import { notices } from "./notices";
import { outbox } from "./outbox";
import { pairings } from "./pairings";
import { partners } from "./partners";
import { profileEditor } from "./profile-editor";
import { representatives } from "./representatives";
import { requestErrors } from "./request-errors";
import { researchProfiles } from "./research-profiles";
import { staff } from "./staff";
import { workflowStates } from "./workflow-states";

// Each feature keeps its messages in its own module; register it here.
const features = [
  core,
  directory,
  forms,
  accounts,
  profileEditor,
  staff,
  partners,
  matching,
  matchingPages,
  mentorsPage,
  pairings,
  apiTokens,
  dashboard,
  importExport,
  importIssues,
  inbox,
  mentorship,
  mentorshipErrors,
  mentorshipDashboard,
  outbox,
  researchProfiles,
  requestErrors,
  notices,
  workflowStates,
  representatives,
  events,
  eventsPlanner,
  eventsSuggestions,
  eventsAgenda,
  eventsCore,
] as const;

type Keys<T> = T extends { fr: Record<infer K, Message> } ? K : never;
export type MessageKey = Keys<(typeof features)[number]>;
export type Messages = Record<MessageKey, Message>;

function merge(lang: "fr" | "en" | "ar") {
  return Object.assign({}, ...features.map((f) => f[lang])) as Messages;
}

export const catalogues = { fr: merge("fr"), en: merge("en"), ar: merge("ar") };
