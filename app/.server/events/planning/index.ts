// The organiser's plan of 1:1 meetings: plan (draft places), lock, publish (docs/decisions/053).
export { setMeetingLock } from "./lock-meeting.server";
export { setMeetingMustMeet } from "./must-meet.server";
export { loadPlanInput, slotsOfBlock } from "./plan-input.server";
export { getPlanView, type PlanView } from "./plan-view.server";
export { type PublishSummary, publishEventPlan } from "./publish-plan.server";
export { type PlannerRunSummary, planEventMeetings } from "./run-planner.server";
