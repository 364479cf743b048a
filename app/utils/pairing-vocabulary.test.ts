import { expect, it } from "vitest";
import * as db from "../../db/schema/pairings";
import { PAIRING_SIDES, PAIRING_STATUSES, SIDE_DECISIONS } from "./pairing-vocabulary";

it("matches the database vocabularies", () => {
  expect(PAIRING_STATUSES).toEqual(db.PAIRING_STATUSES);
  expect(PAIRING_SIDES).toEqual(db.PAIRING_SIDES);
  expect(SIDE_DECISIONS).toEqual(db.SIDE_DECISIONS);
});
