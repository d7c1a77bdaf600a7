import { describe, expect, it } from "vitest";
import { csvRows } from "@/lib/battles/battle-sources";
import { parseBattleRow } from "@/lib/battles/parse-battle-row";
import { readLines, splitCsvLine } from "@/lib/battles/read-csv-lines";

async function* chunks(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("reading a battle CSV as it streams", () => {
  it("splits lines across chunk boundaries, multi-byte characters included, CRLF or LF", async () => {
    const text = "model_a,model_b,winner\r\nKlíng 2.5,Seedance,tie\nα,β,model_a";
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await collect(readLines(chunks(text, size)))).toEqual(["model_a,model_b,winner", "Klíng 2.5,Seedance,tie", "α,β,model_a"]);
    }
  });

  it("reads quoted fields with commas and doubled quotes; an open quote is null", () => {
    expect(splitCsvLine('"Model, v2","say ""hi""",tie')).toEqual(["Model, v2", 'say "hi"', "tie"]);
    expect(splitCsvLine('"open,b,tie')).toBeNull();
  });

  it("numbers data rows from 1 and skips blank lines; a BOM and header case are tolerated", async () => {
    const items = await collect(csvRows(chunks("\uFEFFModel_A,model_b,WINNER\n\na,b,tie\nc,d,model_b\n", 4)));
    expect(items).toEqual([
      { row: 1, raw: { model_a: "a", model_b: "b", winner: "tie" } },
      { row: 2, raw: { model_a: "c", model_b: "d", winner: "model_b" } },
    ]);
  });
});

describe("parseBattleRow", () => {
  const now = Date.UTC(2026, 11, 4);
  it("takes Unix seconds and ISO timestamps, and no timestamp", () => {
    expect(parseBattleRow({ model_a: "a", model_b: "b", winner: "tie (bothbad)", timestamp: "1767225600" }, 1, now)).toEqual({
      modelA: "a",
      modelB: "b",
      outcome: "TIE_BOTHBAD",
      votedAt: new Date("2026-01-01T00:00:00Z"),
    });
    expect(parseBattleRow({ model_a: "a", model_b: "b", winner: "model_b", timestamp: 1767225600.5 }, 1, now)).toMatchObject({ outcome: "B" });
    expect(parseBattleRow({ model_a: " a ", model_b: "b", winner: "model_a" }, 1, now)).toEqual({ modelA: "a", modelB: "b", outcome: "A", votedAt: null });
  });

  it("names each bad field of the row", () => {
    expect(parseBattleRow({ model_a: "a", model_b: "a", winner: "A", timestamp: "2099-01-01" }, 12, now)).toEqual([
      { name: "rows[12].model_b", reason: "is the same model as model_a" },
      { name: "rows[12].winner", reason: "must be one of model_a, model_b, tie, tie (bothbad)" },
      { name: "rows[12].timestamp", reason: expect.stringContaining("ISO 8601") },
    ]);
    expect(parseBattleRow({ model_b: 3, winner: "tie" }, 2, now)).toEqual([
      { name: "rows[2].model_a", reason: "is missing" },
      { name: "rows[2].model_b", reason: "is missing" },
    ]);
  });
});
