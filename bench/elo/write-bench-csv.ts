import fs from "node:fs";
import { once } from "node:events";
import { seededRandom } from "@/lib/elo/seeded-random";

/**
 * A synthetic vote file: `models` models with ratings spread like an arena's
 * (normal, σ 100), random pairs, winners drawn from the Bradley–Terry
 * probability, 8% ties, timestamps over 26 weeks. Written as it is generated.
 */
export async function writeBenchCsv(
  file: string,
  opts: { battles: number; models: number; seed: number; prefix?: string; lineEnd?: "\n" | "\r\n" },
): Promise<number> {
  const prefix = opts.prefix ?? "model-";
  const eol = opts.lineEnd ?? "\n";
  const rand = seededRandom(opts.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const ratings = Array.from({ length: opts.models }, () => 1000 + 100 * normal());
  const out = fs.createWriteStream(file);
  const start = Date.UTC(2026, 0, 5) / 1000;
  const span = 26 * 7 * 86400;
  let bytes = 0;
  let chunk = `model_a,model_b,winner,timestamp${eol}`;
  for (let k = 0; k < opts.battles; k++) {
    const a = Math.floor(rand() * opts.models);
    const b = (a + 1 + Math.floor(rand() * (opts.models - 1))) % opts.models;
    const p = 1 / (1 + 10 ** (((ratings[b] as number) - (ratings[a] as number)) / 400));
    const u = rand();
    const winner = u < 0.06 ? "tie" : u < 0.08 ? "tie (bothbad)" : rand() < p ? "model_a" : "model_b";
    chunk += `${prefix}${a},${prefix}${b},${winner},${start + Math.floor((k / opts.battles) * span)}${eol}`;
    if (chunk.length > 1 << 16) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  bytes += chunk.length;
  out.end(chunk);
  await once(out, "finish");
  return bytes;
}
