import fc from "fast-check";

/** Methods a client may send; TRACE, PROPFIND and made-up ones included. */
export const METHODS = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "OPTIONS",
  "TRACE",
  "PROPFIND",
  "FOO",
];

/** Field names the app's forms and endpoints read (and a few they do not). */
const FIELDS = [
  "intent",
  "email",
  "password",
  "fullName",
  "name",
  "bio",
  "headline",
  "redirectTo",
  "id",
  "dueAt",
  "text",
  "orgId",
  "purpose",
  "limit",
  "locale",
  "skills[0].label",
  "skills[0].level",
  "offers.mentoring.details",
  "q",
  "page",
  "mentor",
  "message",
  "kind",
  "country",
  "sideA",
  "sideB",
  "role",
  "userId",
  "publicationId",
  "year",
  "title",
  "file",
  "token",
  "partnerId",
];

/** Values that broke, or could break, a route reading them. */
const NASTY = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "%",
  "%zz",
  "%00",
  "%E3%80%82",
  "\u202E",
  "\r\n",
  "\t",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "'; drop table people; --",
  "99999999999999999999",
  "-1",
  "0",
  "1e309",
  "NaN",
  "0000-01-01",
  "9999-99-99",
  "//evil.example",
  "/\\evil.example",
  "/%09/evil.example",
  "00000000-0000-4000-8000-000000000000",
  "x".repeat(6000),
  "🙂".repeat(500),
  "\u0085\u2028",
  "[]",
  "{}",
  "null",
  "true",
];

const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc
    .array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join("")),
);

/** Percent-encoding of the UTF-8 bytes of a string, or a malformed escape left as is. */
const encoded = fc.oneof(
  hostileString.map((s) => encodeBytes(s)),
  fc.constantFrom("%zz", "%E3%80", "%C0%AF", "%ED%A0%80", "%", "%%", "%FF%FE", "a%2Fb", ".."),
);

export function encodeBytes(text: string) {
  return [...Buffer.from(text, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
}

const BODY_KINDS = [
  "urlencoded",
  "multipart",
  "multipart-no-boundary",
  "multipart-truncated",
  "json",
  "text",
  "none",
  "xml",
] as const;

export type HostileRequest = {
  [fc.toStringMethod]: () => string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was changed from a well-formed request, for failure messages. */
  describe: string;
};

/** A hostile request to one of `addresses`: a broken path, query, body or method, or several. */
export function hostileRequest(addresses: string[]) {
  return fc
    .record({
      address: fc.constantFrom(...addresses),
      // Mostly what routes answer (a refused method is refused before anything else runs).
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom("GET", "POST") },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      pathMutation: fc.option(fc.tuple(fc.nat(), encoded), { freq: 3 }),
      query: fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...FIELDS), encoded),
          fc.oneof(encoded, hostileString.map(encodeURIComponentSafe)),
        ),
        { maxLength: 3 },
      ),
      bodyKind: fc.constantFrom(...BODY_KINDS),
      fields: fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostileString), { maxLength: 4 }),
    })
    .map(({ address, method, pathMutation, query, bodyKind, fields }): HostileRequest => {
      const segments = address.split("/");
      if (pathMutation) {
        const [at, value] = pathMutation;
        const index = 1 + (at % Math.max(1, segments.length - 1));
        segments[index] = value;
      }
      const queryString = query.map(([k, v]) => `${k}=${v}`).join("&");
      const path = segments.join("/") + (queryString ? `?${queryString}` : "");
      const { headers, body } = makeBody(bodyKind, fields);
      const describe = `${method} ${cut(path)} [${bodyKind}] ${cut(JSON.stringify(fields))}`;
      return {
        method,
        path,
        headers,
        body: method === "GET" || method === "HEAD" ? undefined : body,
        describe,
        // What fast-check prints for a counterexample: short, not kilobytes of %78.
        [fc.toStringMethod]: () => describe,
      };
    });
}

const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…(${text.length})` : text);

function encodeURIComponentSafe(text: string) {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeBytes(text); // a lone surrogate: its replacement character's bytes
  }
}

function makeBody(
  kind: (typeof BODY_KINDS)[number],
  fields: [string, string][],
): { headers: Record<string, string>; body?: Buffer } {
  const boundary = "----fuzz7MA4YWxkTrZu0gW";
  const multipart = () =>
    Buffer.from(
      `${fields
        .map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join("")}--${boundary}--\r\n`,
      "utf8",
    );
  switch (kind) {
    case "urlencoded":
      return {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from(fields.map(([k, v]) => `${k}=${encodeURIComponentSafe(v)}`).join("&")),
      };
    case "multipart":
      return {
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: multipart(),
      };
    case "multipart-no-boundary":
      return { headers: { "content-type": "multipart/form-data" }, body: multipart() };
    case "multipart-truncated": {
      const full = multipart();
      return {
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: full.subarray(0, Math.max(1, Math.floor(full.length / 2))),
      };
    }
    case "json":
      return {
        headers: { "content-type": "application/json" },
        body: Buffer.from(JSON.stringify(Object.fromEntries(fields))),
      };
    case "text":
      return {
        headers: { "content-type": "text/plain" },
        body: Buffer.from(fields.flat().join("\n")),
      };
    case "xml":
      return { headers: { "content-type": "application/xml" }, body: Buffer.from("<a>&xxe;</a>") };
    case "none":
      return { headers: {}, body: undefined };
  }
}
