import { defaultRangeExtractor, useWindowVirtualizer, windowScroll, type Range } from "@tanstack/react-virtual";
import {
  Fragment,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from "react";

/** Lists shorter than this (a whole committee's ordinary work) are rendered whole: every row stays in the page for find-in-page. */
export const VIRTUAL_THRESHOLD = 150;
const OVERSCAN = 3;

/** What a row spreads on its own element: in a long list, where it sits and how it is measured. */
export interface RowProps {
  readonly ref?: (element: HTMLElement | null) => void;
  readonly "data-index"?: number;
  readonly style?: CSSProperties;
  readonly "aria-posinset"?: number;
  readonly "aria-setsize"?: number;
}

interface Props<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  /** A first guess of the row's height in pixels, corrected once the row is measured. */
  readonly estimate: (item: T) => number;
  readonly renderRow: (item: T, row: RowProps) => ReactNode;
  /** The list element (an ordered list by default) and its attributes. */
  readonly as?: "ol" | "ul" | "div" | "dl";
  readonly className?: string;
  readonly label?: string;
  readonly testId?: string;
  /** Whether rows say their position in the whole list (list items and articles may; a `dl`'s groups may not). */
  readonly positions?: boolean;
  /** Whether to render only the rows on screen; by default, when the list has `VIRTUAL_THRESHOLD` rows or more. */
  readonly virtual?: boolean;
}

/**
 * A list of rows that renders only those on screen, with a few before and after, once it is long; a short list
 * renders whole. The row holding the focus stays rendered while it scrolls away, so the focus is never lost, and
 * tabbing onwards scrolls the next rows into view; each row tells assistive technology its place in the whole list.
 */
export const VirtualRows = <T,>(props: Props<T>) =>
  (props.virtual ?? props.items.length >= VIRTUAL_THRESHOLD) ? <WindowRows {...props} /> : <AllRows {...props} />;

const AllRows = <T,>({ items, keyOf, renderRow, as: Tag = "ol", className, label, testId }: Props<T>) => (
  <Tag className={className} aria-label={label} data-testid={testId} data-virtual="off">
    {items.map((item) => (
      <Fragment key={keyOf(item)}>{renderRow(item, {})}</Fragment>
    ))}
  </Tag>
);

/** The list's distance from the top of the document, measured again whenever the page's layout changes size. */
const useDocumentOffset = (element: RefObject<HTMLElement | null>): number => {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const el = element.current;
      if (!el) return;
      const next = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setOffset((current) => (current === next ? current : next));
    };
    // Measured at once, before the first paint, so that the rows on screen come with the list rather than a frame
    // later; the observer then reports each change (and each observed element once more, which changes nothing).
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    if (element.current) observer.observe(element.current);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [element]);
  return offset;
};

/** A row's height with its margins, so that rows placed one under the other keep the spacing the stylesheet gives them. */
const outerHeight = (element: Element): number => {
  const style = getComputedStyle(element);
  return element.getBoundingClientRect().height + (parseFloat(style.marginBlockStart) || 0) + (parseFloat(style.marginBlockEnd) || 0);
};

/** Whether a box of the page (its top and bottom in the viewport) lies on screen or within a screen's height above or below. */
export const withinAScreen = (top: number, bottom: number, viewportHeight: number): boolean =>
  bottom >= -viewportHeight && top <= 2 * viewportHeight;

/**
 * Whether a scroll the virtualizer asks for may be left out: the first it asks for, when it starts, goes to the offset
 * it has just read from the window, and writing it would only make the browser lay the page out at once. Every later
 * one is written (a correction after rows above were measured also goes to the offset it already holds).
 */
export const skipsScroll = (
  first: boolean,
  offset: number,
  current: number | null,
  options: { readonly adjustments?: number | undefined; readonly behavior?: unknown },
): boolean => first && current !== null && offset === current && !options.adjustments && options.behavior === undefined;

const written = new WeakSet<object>();
const scrollWindow: typeof windowScroll = (offset, options, instance) => {
  const first = !written.has(instance);
  written.add(instance);
  if (!skipsScroll(first, offset, instance.scrollOffset, options)) windowScroll(offset, options, instance);
};

/**
 * Whether the list is on screen or within a screen's height of it: a list far above or below renders no rows at all
 * (the virtualizer alone would still render its first few).
 */
const useNearViewport = (element: RefObject<HTMLElement | null>): boolean => {
  const [near, setNear] = useState(false);
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    // Measured at once, before the first paint, as the list's offset is (the observer reports a frame later).
    const measure = () => {
      const box = el.getBoundingClientRect();
      setNear(withinAScreen(box.top, box.bottom, window.innerHeight));
    };
    measure();
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: "100% 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [element]);
  return near;
};

const WindowRows = <T,>({ items, keyOf, estimate, renderRow, as: Tag = "ol", className, label, testId, positions = true }: Props<T>) => {
  const list = useRef<HTMLElement>(null);
  const focused = useRef<string | null>(null);
  const scrollMargin = useDocumentOffset(list);
  const near = useNearViewport(list);
  const indexOfKey = useMemo(() => new Map(items.map((item, i) => [keyOf(item), i])), [items, keyOf]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = near ? defaultRangeExtractor(range) : [];
      const kept = focused.current === null ? undefined : indexOfKey.get(focused.current);
      if (kept === undefined || shown.includes(kept)) return shown;
      return [...shown, kept].sort((a, b) => a - b);
    },
    [indexOfKey, near],
  );
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (i) => estimate(items[i] as T),
    getItemKey: (i) => keyOf(items[i] as T),
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
    measureElement: outerHeight,
    scrollToFn: scrollWindow,
    useFlushSync: false,
  });
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
    const index = row ? Number(row.dataset.index) : NaN;
    const item = items[index];
    if (item !== undefined) focused.current = keyOf(item);
  };
  const rows = virtualizer.getVirtualItems();
  return (
    <Tag
      ref={list as Ref<never>}
      className={className}
      aria-label={label}
      data-testid={testId}
      data-virtual="on"
      onFocus={onFocus}
      style={{ position: "relative", blockSize: virtualizer.getTotalSize(), margin: 0 }}
    >
      {rows.map((row) => {
        const item = items[row.index] as T;
        return (
          <Fragment key={row.key as string}>
            {renderRow(item, {
              ref: virtualizer.measureElement,
              "data-index": row.index,
              style: {
                position: "absolute",
                insetBlockStart: 0,
                insetInlineStart: 0,
                inlineSize: "100%",
                boxSizing: "border-box",
                transform: `translateY(${row.start - scrollMargin}px)`,
              },
              ...(positions ? { "aria-posinset": row.index + 1, "aria-setsize": items.length } : {}),
            })}
          </Fragment>
        );
      })}
    </Tag>
  );
};
