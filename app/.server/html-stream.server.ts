import { Transform } from "node:stream";

/**
 * The page stream without NUL bytes. React 18's streaming renderer (react-dom 18.3.1, Fizz's
 * writeStringChunk) sends its whole 2,048-byte buffer when a multi-byte character does not fit at
 * its end, unused bytes included: an Arabic title came out as "ج\0دًا" when a letter straddled the
 * boundary (React 19 sends only the bytes written). In UTF-8 the byte 0 is only ever U+0000, which
 * no page may contain (the input boundary refuses it, PostgreSQL cannot store it), so dropping
 * every 0 byte gives back exactly the text React meant.
 */
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (chunk.indexOf(0) === -1) return done(null, chunk);
      const out = Buffer.allocUnsafe(chunk.length);
      let length = 0;
      for (const byte of chunk) if (byte !== 0) out[length++] = byte;
      done(null, out.subarray(0, length));
    },
  });
}
