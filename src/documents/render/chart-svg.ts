import { escapeHtml } from "../../domain/text/tracked-changes.js";
import { plain, type Chart } from "../model.js";
import { barRows, barX, type BarLayout } from "../../domain/participation/bar-layout.js";

/** The series' colours: membership in grey, speakers and speaking time in two distinct hues. */
export const SERIES_COLOURS = ["#8c96a0", "#2f6f9f", "#c2571a"] as const;

const WIDTH = 640;
const LEGEND = 22;
const LAYOUT: BarLayout = { width: WIDTH, label: 170, track: 390, valueGap: 4, bar: 12, gap: 3, groupGap: 15, top: LEGEND + 6 };

/**
 * A chart as inline SVG: a legend, then for each category its label and one horizontal bar per series with
 * its percentage. Right to left, the drawing is mirrored: labels on the right, bars growing leftwards.
 */
export const chartSvg = (chart: Chart, rtl: boolean): string => {
  const x = (at: number, width = 0) => (rtl ? WIDTH - at - width : at);
  const text = (at: number, y: number, s: string, extra = "") => `<text x="${x(at)}" y="${y}"${extra}>${escapeHtml(s)}</text>`;
  const parts: string[] = [];
  chart.series.forEach((s, i) => {
    const at = i * 210;
    parts.push(`<rect x="${x(at, 12)}" y="4" width="12" height="12" fill="${SERIES_COLOURS[i % 3]}"/>`, text(at + 18, 14, plain(s)));
  });
  const rows = barRows(LAYOUT, chart.series.length);
  chart.bars.forEach((b, r) => {
    parts.push(text(0, rows.groupTop(r) + LAYOUT.bar, plain(b.label), ' font-weight="bold"'));
    b.shares.forEach((share, i) => {
      const y = rows.barY(r, i);
      const bar = barX(LAYOUT, share, rtl);
      parts.push(
        `<rect x="${Math.round(bar.x)}" y="${y}" width="${Math.round(bar.width)}" height="${LAYOUT.bar}" fill="${SERIES_COLOURS[i % 3]}"/>`,
        `<text x="${Math.round(bar.labelX)}" y="${y + LAYOUT.bar - 2}" font-size="11">${Math.round(share * 100)}%</text>`,
      );
    });
  });
  // A category's gap below the last one, as between two.
  const height = rows.bottom(chart.bars.length) + LAYOUT.groupGap;
  const caption = escapeHtml(plain(chart.caption));
  return `<figure class="chart"><figcaption>${caption}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${caption}" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-size="12" font-family="inherit"${rtl ? ' direction="rtl"' : ""}>${parts.join("")}</svg></figure>`;
};
