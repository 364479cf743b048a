// Notices: the inbox rows every workflow writes, and the e-mails made from them.
export { composeNoticeEmail } from "./compose-email";
export {
  DAILY_HOUR_UTC,
  deliverNotificationEmails,
  lastDailyBoundary,
  MAX_DELAY_MS,
  QUIET_MS,
} from "./deliver-emails.server";
export { markSubjectRead, type Notice, notify } from "./notify.server";
export { getEmailPreferences, setEmailPreferences } from "./preferences.server";
