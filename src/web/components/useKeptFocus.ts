import { useEffect, useRef } from "react";

/**
 * Keeps a keyboard user's place where controls come and go: when the control that had the focus is gone (a button
 * replaced by what it did, a form closed), a heading takes the focus instead of the page dropping it. Put the
 * returned ref on the heading, with `tabIndex={-1}`: an article's or a section's heading keeps the focus lost
 * within it, a page's title (outside both) the focus lost anywhere else on its page.
 */
export const useKeptFocus = <T extends HTMLElement>() => {
  const heading = useRef<T>(null);
  /** The control inside the heading's scope that had the focus last, while the focus is in that scope. */
  const last = useRef<Element | null>(null);
  useEffect(() => {
    // Listened to on the document: the heading may be rendered after the first render (once its data is read).
    const remember = (event: FocusEvent) => {
      const scope = heading.current?.closest("article, section, .page");
      last.current = scope && event.target instanceof Element && scope.contains(event.target) ? event.target : null;
    };
    document.addEventListener("focusin", remember);
    return () => document.removeEventListener("focusin", remember);
  }, []);
  // After every render: a focused control that was removed leaves the focus on the page's body.
  useEffect(() => {
    const gone = last.current !== null && !last.current.isConnected;
    if (!gone) return;
    last.current = null;
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  });
  return heading;
};
