import { barRows, barX, type BarLayout } from "../../domain/participation/bar-layout.js";

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
const TOP = 8;
const LAYOUT: BarLayout = { width: WIDTH, label: LABEL, track: WIDTH - LABEL - 56, valueGap: 6, bar: 16, gap: 4, groupGap: 18, top: TOP };
const SERIES_CLASS = ["bar-members", "bar-speakers", "bar-time"];

/**
 * Horizontal bars drawn as SVG: for each category, its share of the membership beside its share of the
 * speakers and of the speaking time. The picture is an image with a title and a description; the same
 * figures are in the table that follows it.
 */
export const BarChart = ({ id, title, description, series, groups, rtl, formatShare }: BarChartProps) => {
  const rows = barRows(LAYOUT, series.length);
  const height = rows.bottom(groups.length) + TOP;
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
          const top = rows.groupTop(gi);
          return (
            <g key={g.label} aria-hidden="true">
              <text
                className="bar-category"
                x={rtl ? WIDTH - 4 : 4}
                y={top + rows.groupHeight / 2}
                dominantBaseline="middle"
                textAnchor="start"
              >
                {g.label}
              </text>
              {g.values.map((v, si) => {
                const { x, width, labelX } = barX(LAYOUT, v, rtl);
                const y = rows.barY(gi, si);
                return (
                  <g key={si}>
                    <rect className={SERIES_CLASS[si] ?? "bar-other"} x={x} y={y} width={Math.max(width, 1)} height={LAYOUT.bar} rx={2} />
                    <text className="bar-value" x={labelX} y={y + LAYOUT.bar / 2} dominantBaseline="middle" textAnchor="start">
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
