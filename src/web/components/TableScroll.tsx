import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls sideways inside its own box, which the keyboard
 * can reach (focusable, named after the table) so that its hidden columns can be scrolled into view.
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
    {children}
  </div>
);
