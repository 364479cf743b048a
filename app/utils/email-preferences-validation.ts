import { z } from "zod";
import { EMAIL_DELIVERIES, type NoticeTopic } from "~/vocabulary/notifications";

const delivery = z.enum(EMAIL_DELIVERIES);

/** How each topic of notice is e-mailed: the settings form and the domain share it. */
export const EmailPreferencesSchema = z.object({
  pairing: delivery,
  mentorship: delivery,
  event: delivery,
  reminder: delivery,
  account: delivery,
} satisfies Record<NoticeTopic, typeof delivery>);
export type EmailPreferences = z.infer<typeof EmailPreferencesSchema>;
