import { describe, expect, test } from "vitest";
import * as db from "../../db/schema";
import * as ui from "./vocabulary";

describe("client vocabularies", () => {
  test("match the database enums", () => {
    expect(ui.PERSON_KINDS).toEqual(db.PERSON_KINDS);
    expect(ui.COUNTRIES).toEqual(db.COUNTRIES);
    expect(ui.LANGUAGE_LEVELS).toEqual(db.LANGUAGE_LEVELS);
    expect(ui.VISIBILITIES).toEqual(db.VISIBILITIES);
    expect(ui.MENTORING_STATUSES).toEqual(db.MENTORING_STATUSES);
    expect(ui.CONVENTION_KINDS).toEqual(db.CONVENTION_KINDS);
    expect(ui.ORGANIZATION_KINDS).toEqual(db.ORGANIZATION_KINDS);
    expect(ui.GRANTED_ROLES).toEqual(db.GRANTED_ROLES);
  });
});
