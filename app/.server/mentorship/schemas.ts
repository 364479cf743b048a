import { z } from "zod";
import { MENTORSHIP_STATUSES } from "~/vocabulary/mentorship";

export const MentorshipFiltersSchema = z.object({
  status: z.enum(MENTORSHIP_STATUSES).optional().catch(undefined),
});
