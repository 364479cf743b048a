import { splitHighlight } from "~/utils/highlight";

/** Renders search highlights as <mark>, never as HTML from the index. */
export function Highlighted({ value }: { value: string }) {
  return (
    <>
      {splitHighlight(value).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string, never reordered
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
