import { useEffect, useRef } from "react";

/**
 * Keeps a keyboard user's place where controls come and go: when the control that had the focus is gone (a button
 * replaced by what it did, a form closed), a heading takes the focus instead of the page dropping it. Put the
 * returned ref on the heading, with `tabIndex={-1}`: an article's or a section's heading keeps the focus lost
 * within it, a page's title (outside both) the focus lost anywhere else on its page.
 */
export const useKeptFocus = <T extends HTMLElement>() => {
  const heading = useRef<T>(null);
  /** The control inside the heading's scope that had the focus last, while the focus is in that scope or a dialog it opened. */
  const last = useRef<Element | null>(null);
  useEffect(() => {
    // Listened to on the document: the heading may be rendered after the first render (once its data is read).
    const remember = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || inDialog(event.target)) return;
      const scope = heading.current?.closest("article, section, .page");
      last.current = scope?.contains(event.target) ? event.target : null;
    };
    document.addEventListener("focusin", remember);
    return () => document.removeEventListener("focusin", remember);
  }, []);
  // After every render: a focused control that was removed leaves the focus on the page's body.
  useEffect(() => {
    if (last.current === null || last.current.isConnected) return;
    const rescue = () => {
      last.current = null;
      if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
    };
    if (!inDialog(document.activeElement)) return rescue();
    // A confirmation still open gives the focus back, when it closes, to the control now gone: wait until it has.
    const timer = window.setInterval(() => {
      if (inDialog(document.activeElement)) return;
      window.clearInterval(timer);
      rescue();
    }, 100);
    return () => window.clearInterval(timer);
  });
  return heading;
};

const inDialog = (element: Element | null): boolean => element?.closest("[role=dialog], [role=alertdialog]") != null;
