import { expect, it } from "vitest";
import * as db from "../../db/schema/mentorship-requests";
import { MENTORSHIP_GOALS, MENTORSHIP_STATUSES } from "./mentorship-vocabulary";

it("matches the database vocabularies", () => {
  expect(MENTORSHIP_STATUSES).toEqual(db.MENTORSHIP_STATUSES);
  expect(MENTORSHIP_GOALS).toEqual(db.MENTORSHIP_GOALS);
});
