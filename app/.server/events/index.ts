// The events workflow's entry points (issue 12: events, registration, meeting marketplace).
export { type EventAccess, loadEventAccess, requireEventOrganiser } from "./access.server";
export { createEvent, setEventPublished, updateEvent } from "./editor.server";
export {
  actOnMeetingRequest,
  expireMeetingRequests,
  sendMeetingRequest,
} from "./meeting-requests.server";
export { listMyRequests, liveCounterparts, type MyRequest } from "./my-meetings.server";
export { EVENT_NOTICE_KINDS } from "./notify.server";
export {
  loadParticipants,
  PARTICIPANT_FACETS,
  type Participant,
  type ParticipantQuery,
  participantQuery,
  searchParticipants,
} from "./participants.server";
export { addSession, removeSession, setSpeaker } from "./programme.server";
export {
  type EventPage,
  eventFormOptions,
  findSpeakerCandidates,
  listEvents,
  loadEventForEditing,
  loadEventPage,
  localized,
} from "./queries.server";
export {
  cancelRegistration,
  newFeedToken,
  registerForEvent,
  setRegistrationRole,
} from "./registration.server";
export {
  type MeetingSuggestion,
  type MeetingSuggestions,
  suggestMeetings,
} from "./suggestions.server";
