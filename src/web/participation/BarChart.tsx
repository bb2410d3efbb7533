/** One group of bars: a category (a gender, an age band) with one share per series, each between 0 and 1. */
export interface BarGroup {
  readonly label: string;
  readonly values: readonly number[];
}

interface BarChartProps {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly string[];
  readonly groups: readonly BarGroup[];
  readonly rtl: boolean;
  readonly formatShare: (share: number) => string;
}

const WIDTH = 640;
const LABEL = 150;
const VALUE = 56;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 18;
const TOP = 8;
const SERIES_CLASS = ["bar-members", "bar-speakers", "bar-time"];

/** Where a bar starts and how wide it is, and where its value goes: from the labels' side, mirrored right to left (text then runs leftwards from its start). */
export const barX = (share: number, rtl: boolean): { x: number; width: number; labelX: number } => {
  const track = WIDTH - LABEL - VALUE;
  const width = Math.max(0, Math.min(1, share)) * track;
  if (!rtl) return { x: LABEL, width, labelX: LABEL + width + 6 };
  return { x: WIDTH - LABEL - width, width, labelX: WIDTH - LABEL - width - 6 };
};

/**
 * Horizontal bars drawn as SVG: for each category, its share of the membership beside its share of the
 * speakers and of the speaking time. The picture is an image with a title and a description; the same
 * figures are in the table that follows it.
 */
export const BarChart = ({ id, title, description, series, groups, rtl, formatShare }: BarChartProps) => {
  const groupHeight = series.length * (BAR + GAP) - GAP;
  const height = TOP * 2 + groups.length * groupHeight + (groups.length - 1) * GROUP_GAP;
  return (
    <div className="bar-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        data-testid="bar-chart"
        direction={rtl ? "rtl" : "ltr"}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {groups.map((g, gi) => {
          const top = TOP + gi * (groupHeight + GROUP_GAP);
          return (
            <g key={g.label} aria-hidden="true">
              <text className="bar-category" x={rtl ? WIDTH - 4 : 4} y={top + groupHeight / 2} dominantBaseline="middle" textAnchor="start">
                {g.label}
              </text>
              {g.values.map((v, si) => {
                const { x, width, labelX } = barX(v, rtl);
                const y = top + si * (BAR + GAP);
                return (
                  <g key={si}>
                    <rect className={SERIES_CLASS[si] ?? "bar-other"} x={x} y={y} width={Math.max(width, 1)} height={BAR} rx={2} />
                    <text className="bar-value" x={labelX} y={y + BAR / 2} dominantBaseline="middle" textAnchor="start">
                      {formatShare(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line className="bar-axis" x1={rtl ? WIDTH - LABEL : LABEL} x2={rtl ? WIDTH - LABEL : LABEL} y1={0} y2={height} />
      </svg>
      <div className="bar-legend" aria-hidden="true">
        {series.map((s, i) => (
          <span key={s} className="bar-legend-item">
            <span className={`bar-swatch ${SERIES_CLASS[i] ?? "bar-other"}`} />
            {s}
          </span>
        ))}
      </div>
    </div>
  );
};
