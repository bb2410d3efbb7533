import { escapeHtml } from "../../domain/text/tracked-changes.js";
import { plain, type Chart } from "../model.js";

/** The series' colours: membership in grey, speakers and speaking time in two distinct hues. */
export const SERIES_COLOURS = ["#8c96a0", "#2f6f9f", "#c2571a"] as const;

const WIDTH = 640;
const LABEL = 170;
const BARS = 390;
const BAR = 12;
const GAP = 3;
const ROW_GAP = 12;
const LEGEND = 22;

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
  const rowHeight = chart.series.length * (BAR + GAP) + ROW_GAP;
  chart.bars.forEach((b, r) => {
    const top = LEGEND + 6 + r * rowHeight;
    parts.push(text(0, top + BAR, plain(b.label), ' font-weight="bold"'));
    b.shares.forEach((share, i) => {
      const y = top + i * (BAR + GAP);
      const width = Math.round(Math.max(0, Math.min(1, share)) * BARS);
      parts.push(
        `<rect x="${x(LABEL, width)}" y="${y}" width="${width}" height="${BAR}" fill="${SERIES_COLOURS[i % 3]}"/>`,
        text(LABEL + width + 4, y + BAR - 2, `${Math.round(share * 100)}%`, ' font-size="11"'),
      );
    });
  });
  const height = LEGEND + 6 + chart.bars.length * rowHeight;
  const caption = escapeHtml(plain(chart.caption));
  return `<figure class="chart"><figcaption>${caption}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${caption}" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-size="12" font-family="inherit"${rtl ? ' direction="rtl"' : ""}>${parts.join("")}</svg></figure>`;
};
