import { describe, expect, it } from "vitest";
import { renderTrackedChangesHtml, renderTrackedChangesMarkdown } from "./tracked-changes.js";

describe("tracked changes", () => {
  it("renders ins and del with every text escaped", () => {
    const html = renderTrackedChangesHtml([
      { op: "equal", text: "a <b> & " },
      { op: "delete", text: '"old"' },
      { op: "insert", text: "<script>x</script>" },
    ]);
    expect(html).toBe(
      'a &lt;b&gt; &amp; <del class="tc-del">&quot;old&quot;</del><ins class="tc-ins">&lt;script&gt;x&lt;/script&gt;</ins>',
    );
  });

  it("renders Markdown markers inside the spaces", () => {
    expect(
      renderTrackedChangesMarkdown([
        { op: "equal", text: "a" },
        { op: "insert", text: " new " },
        { op: "delete", text: "old" },
      ]),
    ).toBe("a **__new__** ~~old~~");
  });
});
