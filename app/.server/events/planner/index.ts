export { type PlanOptions, planMeetings } from "./plan-meetings";
export * from "./types";
