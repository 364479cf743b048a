import { PassThrough, type Writable } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { withoutNulBytes } from "./html-stream.server";

/** What React streams for an element, read through `into`. */
function render(element: React.ReactElement, into: Writable & NodeJS.ReadableStream) {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    into.on("data", (c: Buffer) => chunks.push(c));
    into.on("end", () => resolve(Buffer.concat(chunks)));
    into.on("error", reject);
    const { pipe } = renderToPipeableStream(element, {
      onAllReady: () => pipe(into),
      onShellError: reject,
    });
  });
}

// An Arabic title whose first letter straddles React's 2,048-byte buffer: 2,047 ASCII bytes first
// (<div>, three paragraphs of 600 and one of 182 characters, <h1>), in chunks short enough to be
// copied into the buffer rather than sent on their own.
const [long, short] = ["a".repeat(600), "a".repeat(182)];
const filler = [long, long, long, short];
const page = (
  <div>
    <p>{long}</p>
    <p>{long}</p>
    <p>{long}</p>
    <p>{short}</p>
    <h1>طلبات كثيرة جدًا</h1>
  </div>
);
const expected = `<div>${filler.map((text) => `<p>${text}</p>`).join("")}<h1>طلبات كثيرة جدًا</h1></div>`;

describe("the page stream", () => {
  test("React 18 alone pads a buffer with NUL where an Arabic letter straddles it", async () => {
    const raw = await render(page, new PassThrough());
    // If React stops doing this (React 19), withoutNulBytes can go: this test says so.
    expect(raw.includes(0)).toBe(true);
  });

  test("reaches the reader with the exact text and no NUL", async () => {
    const html = (await render(page, withoutNulBytes())).toString("utf8");
    expect(html).not.toContain("\u0000");
    expect(html).toContain("طلبات كثيرة جدًا");
    expect(html).toBe(expected);
  });
});
