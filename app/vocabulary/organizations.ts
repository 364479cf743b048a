// Organizations and the requests to add one (see people.ts for how vocabularies are shared).

export const ORGANIZATION_KINDS = [
  "university",
  "lab",
  "company",
  "incubator",
  "public_body",
  "association",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const;
export type OrganizationRequestStatus = (typeof ORGANIZATION_REQUEST_STATUSES)[number];
