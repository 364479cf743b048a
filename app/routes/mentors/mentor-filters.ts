import { z } from "zod";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";

/**
 * The filters of /mentors, read from the URL. A bad value (an edited link) is dropped rather
 * than answered with an error page: the page still shows every suggestion.
 */
export const MentorFiltersSchema = z.object({
  offer: z.enum(CONVENTION_KINDS).optional().catch(undefined),
  country: z.enum(COUNTRIES).optional().catch(undefined),
  /** "no": only mentors in the student's own country, whom they can meet in person. */
  remote: z.enum(["yes", "no"]).default("yes").catch("yes"),
});
export type MentorFilters = z.infer<typeof MentorFiltersSchema>;

export function readMentorFilters(url: URL): MentorFilters {
  const get = (name: string) => url.searchParams.get(name) || undefined;
  return MentorFiltersSchema.parse({
    offer: get("offer"),
    country: get("country"),
    remote: get("remote"),
  });
}

export const hasFilters = (f: MentorFilters) => !!f.offer || !!f.country || f.remote === "no";
