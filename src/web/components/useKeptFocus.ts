import { useEffect, useRef } from "react";

/**
 * Keeps a keyboard user's place in a section whose controls come and go: when the control that had the focus is
 * gone (a button replaced by what it did, a form closed), the section's heading takes the focus instead of the
 * page dropping it. Put the returned ref on the heading, with `tabIndex={-1}`: a section's heading keeps the focus
 * within its section, a page's title (outside any section) within its page.
 */
export const useKeptFocus = <T extends HTMLElement>() => {
  const heading = useRef<T>(null);
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const section = heading.current?.closest("section, .page");
    if (!section) return;
    const remember = (event: FocusEvent) => {
      last.current = event.target as Element;
    };
    section.addEventListener("focusin", remember);
    return () => section.removeEventListener("focusin", remember);
  }, []);
  // After every render of the section: a focused control it removed leaves the focus on the page's body.
  useEffect(() => {
    const gone = last.current !== null && !last.current.isConnected;
    if (!gone) return;
    last.current = null;
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  });
  return heading;
};
