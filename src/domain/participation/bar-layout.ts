/**
 * Where the parts of a horizontal bar chart go, for the screen and for the documents alike: categories one under
 * the other, each with one bar per series growing from the labels' side, mirrored right to left.
 */
export interface BarLayout {
  /** The whole drawing's width. */
  readonly width: number;
  /** The labels' column, on the side the bars grow from. */
  readonly label: number;
  /** The longest bar (a share of 1). */
  readonly track: number;
  /** Between a bar's end and its value. */
  readonly valueGap: number;
  /** One bar's height and the space under it. */
  readonly bar: number;
  readonly gap: number;
  /** The space between two categories. */
  readonly groupGap: number;
  /** Where the first category starts. */
  readonly top: number;
}

/** A share drawn as a bar: kept between nothing and the whole track. */
const clamp = (share: number): number => Math.max(0, Math.min(1, share));

/** Where a bar starts and how wide it is, and where its value's text starts (text runs leftwards right to left). */
export const barX = (l: BarLayout, share: number, rtl: boolean): { x: number; width: number; labelX: number } => {
  const width = clamp(share) * l.track;
  if (!rtl) return { x: l.label, width, labelX: l.label + width + l.valueGap };
  return { x: l.width - l.label - width, width, labelX: l.width - l.label - width - l.valueGap };
};

/** How tall one category is with SERIES bars, where category GROUP starts and where its bar of SERIES_INDEX starts. */
export const barRows = (l: BarLayout, series: number) => {
  const groupHeight = series * (l.bar + l.gap) - l.gap;
  return {
    groupHeight,
    groupTop: (group: number): number => l.top + group * (groupHeight + l.groupGap),
    barY: (group: number, seriesIndex: number): number => l.top + group * (groupHeight + l.groupGap) + seriesIndex * (l.bar + l.gap),
    /** The bottom of the last of GROUPS categories. */
    bottom: (groups: number): number => l.top + groups * groupHeight + Math.max(0, groups - 1) * l.groupGap,
  };
};
