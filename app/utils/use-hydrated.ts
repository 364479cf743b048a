import { useEffect, useState } from "react";

/** False on the server and during hydration, true after: JS-only controls render from then on. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
