// The mentorship request workflow's entry points: routes, the job and the dashboard use these.
export { canViewRequest, partyOf } from "./access";
export { EXPIRIES_BEFORE_PAUSE } from "./auto-pause.server";
export { activeMenteesLoader, countActiveMentees } from "./capacity.server";
export { type ContactDetails, contactVisibleTo, loadContact } from "./contact.server";
export { type CommandOptions, createMentorshipRequest } from "./create.server";
export { mentorshipDashboardPanel } from "./dashboard.server";
export { runMentorshipDeadlines } from "./deadlines.server";
export { exportMentorshipRequests } from "./export.server";
export { findPersonBySlug, type MentorAvailability, mentorAvailability } from "./mentors.server";
export { MENTORSHIP_NOTICE_KINDS } from "./notify.server";
export { type MentorshipPanel, mentorshipPanelFor } from "./profile-panel.server";
export {
  countWaitingForAction,
  getMentorshipRequest,
  listMentorshipRequests,
  type MentorshipRequestDetail,
} from "./queries.server";
export {
  mentorResponsiveness,
  type Responsiveness,
  unansweredRequestStats,
} from "./responsiveness.server";
export * from "./schemas";
export { MENTORSHIP_TRANSITIONS, movesFor, OPEN_STATUSES } from "./transitions";
export { actOnMentorshipRequest } from "./workflow.server";
