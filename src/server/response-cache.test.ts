import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerEncoding, ResponseCache } from "./response-cache.js";

describe("answers kept while the log has not moved", () => {
  it("gives an answer back only at the position it was read at", () => {
    const cache = new ResponseCache();
    cache.set("a", 3, "{}");
    expect(cache.get("a", 3)).toBe("{}");
    expect(cache.get("a", 4)).toBeNull();
  });

  it("keeps at most so many answers and so much text, letting the oldest go first", () => {
    const byCount = new ResponseCache(2);
    for (const key of ["a", "b", "c"]) byCount.set(key, 1, key);
    expect([byCount.get("a", 1), byCount.get("b", 1), byCount.get("c", 1)]).toEqual([null, "b", "c"]);

    const byLength = new ResponseCache(100, 40);
    byLength.set("a", 1, "x".repeat(10));
    byLength.set("b", 1, "y".repeat(10));
    byLength.set("a", 2, "z".repeat(10));
    byLength.set("c", 1, "w".repeat(10));
    byLength.set("d", 1, "v".repeat(10));
    expect(byLength.get("b", 1)).toBe("y".repeat(10));
    byLength.set("e", 1, "t".repeat(10));
    expect(byLength.get("b", 1)).toBeNull();
    expect(["a", "c", "d", "e"].map((key) => byLength.get(key, key === "a" ? 2 : 1)?.length)).toEqual([10, 10, 10, 10]);
    byLength.set("big", 1, "u".repeat(11));
    expect(byLength.get("big", 1)).toBeNull();
  });
});

describe("a kept answer's plain bytes", () => {
  it("are its UTF-8 encoding, made once, for its position only, and counted against the bound", () => {
    const body = JSON.stringify({ title: "مشروع القرار", paragraphs: ["x".repeat(90)] });
    const cache = new ResponseCache(10, 4 * body.length);
    cache.set("a", 3, body);
    const bytes = cache.utf8("a", 3);
    expect(bytes?.toString("utf8")).toBe(body);
    expect(bytes?.length).toBe(Buffer.byteLength(body));
    expect(cache.utf8("a", 3)).toBe(bytes);
    expect(cache.utf8("a", 4)).toBeNull();
    expect(cache.utf8("none", 3)).toBeNull();
    cache.set("b", 3, body);
    cache.utf8("b", 3);
    expect(cache.get("a", 3)).toBeNull();
    expect(cache.get("b", 3)).toBe(body);
  });
});

describe("a kept answer's compressed bytes", () => {
  it("are made once per encoding and position, and never for a short answer", async () => {
    const cache = new ResponseCache();
    cache.set("a", 3, JSON.stringify({ text: "x".repeat(2000) }));
    const [br, atOnce] = await Promise.all([cache.encoded("a", 3, "br"), cache.encoded("a", 3, "br")]);
    expect(br).not.toBeNull();
    expect(atOnce).toBe(br);
    expect(await cache.encoded("a", 3, "br")).toBe(br);
    expect(await cache.encoded("a", 4, "br")).toBeNull();
    cache.set("short", 3, "{}");
    expect(await cache.encoded("short", 3, "gzip")).toBeNull();
  });

  it("are counted against the cache's bound", async () => {
    const cache = new ResponseCache(100, 5000);
    for (const key of ["a", "b", "c"]) cache.set(key, 1, randomBytes(600).toString("hex"));
    await cache.encoded("a", 1, "gzip");
    await cache.encoded("a", 1, "br");
    cache.set("d", 1, randomBytes(600).toString("hex"));
    expect(cache.get("a", 1)).toBeNull();
    expect(["b", "c", "d"].map((key) => cache.get(key, 1)?.length)).toEqual([1200, 1200, 1200]);
  });
});

describe("the encoding a client takes", () => {
  it("is Brotli, else gzip, else none", () => {
    expect(answerEncoding("gzip, deflate, br")).toBe("br");
    expect(answerEncoding("gzip, br;q=0")).toBe("gzip");
    expect(answerEncoding("deflate")).toBeNull();
    expect(answerEncoding(undefined)).toBeNull();
    expect(answerEncoding("*")).toBe("br");
    expect(answerEncoding("*, br;q=0")).toBe("gzip");
  });
});
