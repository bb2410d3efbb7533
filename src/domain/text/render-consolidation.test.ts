import { describe, expect, it } from "vitest";
import { consolidate } from "./consolidate.js";
import { consolidationToHtml, consolidationToMarkdown } from "./render-consolidation.js";
import { amendment, draftOf, pid } from "./test-factories.js";

const DRAFT = draftOf([
  ["operative", "Calls upon parliaments to adopt legislation without delay;"],
  ["operative", "Urges governments to protect <all> victims;"],
]);

const RESULT = consolidate(DRAFT, [
  amendment("A1", { action: "amend", target: pid("p1"), text: "Calls upon all parliaments to adopt legislation without delay;" }),
  amendment("A2", { action: "amend", target: pid("p1"), text: "Calls upon parliaments to adopt legislation by 2026;" }),
  amendment("A3", { action: "amend", target: pid("p2"), text: "Urges governments to shield <all> victims;" }),
  amendment("A4", { action: "amend", target: pid("p2"), text: "Urges governments to support <all> victims;" }),
]);

describe("rendering a consolidation", () => {
  it("lists merges, and each conflict with the words in dispute and every wording for them, in Markdown", () => {
    const md = consolidationToMarkdown(RESULT);
    expect(md).toContain("> Merged on OP1: A1, A2 change different words.");
    expect(md).toContain("> **Conflict** on OP2: A3, A4 — a compromise text is needed.\n> - “protect”: A3 “shield” / A4 “support”");
  });

  it("escapes the disputed words in HTML", () => {
    const html = consolidationToHtml(
      consolidate(DRAFT, [
        amendment("A3", { action: "amend", target: pid("p2"), text: "Urges governments to protect <every> victim;" }),
        amendment("A4", { action: "amend", target: pid("p2"), text: "Urges governments to protect <some> victims;" }),
      ]),
    );
    expect(html).toContain('<div class="conflict"><p>Conflict on OP2: A3, A4</p><ul><li><q>');
    expect(html).toContain("<q>all&gt; victims</q>: A3 <q>every&gt; victim</q> / A4 <q>some&gt; victims</q>");
    expect(html).not.toContain("every> victim");
  });

  it("prints the enacting formula before the first paragraph, in Markdown and HTML, escaped", () => {
    const preface = "The 143rd Assembly of the Inter-Parliamentary Union <IPU>,";
    const md = consolidationToMarkdown(RESULT, { preface });
    expect(md.indexOf("The 143rd Assembly")).toBeLessThan(md.indexOf("**OP1**"));
    expect(md.indexOf("The 143rd Assembly")).toBeGreaterThan(md.indexOf("> **Conflict**"));
    const html = consolidationToHtml(RESULT, { preface });
    expect(html).toContain('<p class="preface">The 143rd Assembly of the Inter-Parliamentary Union &lt;IPU&gt;,</p><p class="paragraph');
    expect(consolidationToMarkdown(RESULT)).not.toContain("Assembly");
  });
});
