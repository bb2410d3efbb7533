import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guessDelimiter, parseCsv } from "./csv.js";
import { assertCsvSize, checkCsvText, CSV_LIMITS, decodeCsvBytes } from "./encoding.js";

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe("RFC 4180 parsing", () => {
  it("reads quoted fields with delimiters, line breaks and doubled quotes", () => {
    const text = 'name,note\r\n"Ana, María","line one\r\nline two"\r\n"He said ""yes""",plain\n';
    expect(fieldsOf(text)).toEqual([
      ["name", "note"],
      ["Ana, María", "line one\r\nline two"],
      ['He said "yes"', "plain"],
    ]);
  });

  it("numbers records as spreadsheet rows even when a field spans lines", () => {
    const records = parseCsv('a,b\n"x\ny",1\nz,2');
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it("accepts LF, CRLF and CR line ends, skips blank lines and keeps empty fields", () => {
    expect(fieldsOf("a,b\rc,\n\n,d\r\n")).toEqual([
      ["a", "b"],
      ["c", ""],
      ["", "d"],
    ]);
  });

  it("names the line of a quote that is never closed", () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\nstill open')).toThrow(/starts on line 3 is never closed/);
  });

  it("guesses semicolons and tabs from the header", () => {
    expect(guessDelimiter("name;gender;email\n")).toBe(";");
    expect(guessDelimiter("name\tgender\n")).toBe("\t");
    expect(guessDelimiter('"a;b",c\n')).toBe(",");
    expect(fieldsOf("name;country\nAna;Spain")).toEqual([
      ["name", "country"],
      ["Ana", "Spain"],
    ]);
  });

  it("stops past the maximum number of records with a clear message", () => {
    const text = ["name", ...Array.from({ length: 10 }, (_, i) => `p${i}`)].join("\n");
    expect(() => parseCsv(text, { maxRecords: 5 })).toThrowError(
      expect.objectContaining({ code: "payload_too_large" }) as unknown as Error,
    );
    expect(parseCsv(text, { maxRecords: 11 })).toHaveLength(11);
  });

  it("reads back any table it is given, written the RFC 4180 way", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "ب", ",", '"', "\n", "\r\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (table) => {
        const rows = table.filter((r) => !(r.length === 1 && r[0] === ""));
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(parseCsv(text, { delimiter: "," }).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

describe("encoding", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("decodes UTF-8 with or without a byte order mark", () => {
    expect(decodeCsvBytes(utf8("name\nمريم"))).toBe("name\nمريم");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("name")]))).toBe("name");
    expect(checkCsvText("\uFEFFname")).toBe("name");
  });

  it("refuses Latin-1, UTF-16 and binary content with a message that says what to do", () => {
    const latin1 = new Uint8Array([...utf8("name\nJos"), 0xe9]);
    expect(() => decodeCsvBytes(latin1)).toThrow(/not UTF-8.*byte 9 .*CSV UTF-8/);
    expect(() => decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toThrow(/UTF-16/);
    expect(() => checkCsvText("name\nJos\uFFFD")).toThrow(/line 2 holds the replacement character/);
    expect(() => checkCsvText("PK\u0003\u0004")).toThrow(/not a CSV text file/);
  });

  it("refuses a file over the size limit before reading it", () => {
    expect(() => assertCsvSize(CSV_LIMITS.bytes)).not.toThrow();
    expect(() => assertCsvSize(CSV_LIMITS.bytes + 1)).toThrow(/at most 5 MB and 20000 rows/);
  });
});
