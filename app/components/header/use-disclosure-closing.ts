import { useLocation } from "@remix-run/react";
import { type RefObject, useEffect } from "react";

/**
 * A header <details> closes again after a navigation, a click elsewhere or Escape, as a menu
 * does (without JavaScript it simply stays open until toggled).
 */
export function useDisclosureClosing(ref: RefObject<HTMLDetailsElement | null>) {
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a new location
  useEffect(() => {
    ref.current?.removeAttribute("open");
  }, [location.key, ref]);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.removeAttribute("open");
        details.querySelector("summary")?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.removeAttribute("open");
    };
    document.addEventListener("click", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", close);
    };
  }, [ref]);
}
