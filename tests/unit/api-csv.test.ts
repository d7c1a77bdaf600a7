import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "@/lib/csv/parse-csv";
import { writeCsv, type CsvColumn } from "@/lib/api/write-csv";

interface Row {
  id: string;
  text: string | null;
  n: number | null;
  ok: boolean;
}

const columns: CsvColumn<Row>[] = [
  { name: "id", value: (r) => r.id },
  { name: "text", value: (r) => r.text },
  { name: "n", value: (r) => r.n },
  { name: "ok", value: (r) => r.ok },
];

describe("CSV writer (RFC 4180)", () => {
  it("writes a header row and CRLF line ends, quoting only what needs it", () => {
    const csv = writeCsv(columns, [
      { id: "a", text: "plain", n: 1.5, ok: true },
      { id: "b", text: null, n: null, ok: false },
    ]);
    expect(csv).toBe("id,text,n,ok\r\na,plain,1.5,true\r\nb,,,false\r\n");
  });

  it("quotes commas, quotes, CR and LF, doubling inner quotes", () => {
    const csv = writeCsv(columns, [{ id: "x", text: 'He said "1080p, in 30 s"\nthen\r\nleft', n: -3, ok: true }]);
    expect(csv).toContain('"He said ""1080p, in 30 s""\nthen\r\nleft",-3,true\r\n');
  });

  it("round-trips awkward values through the parser", () => {
    const awkward = ["", " padded ", '"', '""', ",", "a,b", "line\nbreak", "cr\rreturn", "crlf\r\n", "1+2=3", "ünïcødé ✓", "trailing,"];
    const rows: Row[] = awkward.map((text, i) => ({ id: `r${i}`, text, n: i, ok: i % 2 === 0 }));
    const parsed = parseCsvRecords(writeCsv(columns, rows));
    expect(parsed).toEqual(rows.map((r) => ({ id: r.id, text: r.text ?? "", n: String(r.n), ok: String(r.ok) })));
  });

  it("neutralises text cells a spreadsheet would run as a formula, and leaves numbers alone", () => {
    const starts = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];
    const rows: Row[] = starts.map((text, i) => ({ id: `r${i}`, text, n: -12.5, ok: true }));
    const parsed = parseCsvRecords(writeCsv(columns, rows));
    expect(parsed.map((r) => r.text)).toEqual(starts.map((t) => `'${t}`));
    expect(parsed.every((r) => r.n === "-12.5")).toBe(true);
    expect(writeCsv(columns, [{ id: "=x", text: "a=b", n: null, ok: false }])).toBe("id,text,n,ok\r\n'=x,a=b,,false\r\n");
  });

  it("writes only the header for no rows", () => {
    expect(writeCsv(columns, [])).toBe("id,text,n,ok\r\n");
    expect(parseCsvRecords(writeCsv(columns, []))).toEqual([]);
  });
});

describe("CSV parser", () => {
  it("reads quoted and unquoted fields, LF or CRLF, with or without a final line break", () => {
    expect(parseCsv('a,"b,c",d\r\n1,"2\r\n3",""\n')).toEqual([
      ["a", "b,c", "d"],
      ["1", "2\r\n3", ""],
    ]);
    expect(parseCsv("a,b\n1,")).toEqual([
      ["a", "b"],
      ["1", ""],
    ]);
  });

  it("refuses a file that ends inside a quoted field", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted/);
  });
});
