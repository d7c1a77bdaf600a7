/**
 * bench/sources' corpus, deterministic (every run measures the same bytes):
 * PUBLICATIONS arena files in LMArena's arena-catalog JSON, each with five
 * categories of ENTRIES names, published VERSIONS times a week apart. Every
 * category is one source on a board of its own (as LMArena's text, coding,
 * vision… boards are), so 10 publications make 50 sources on 50 boards.
 *
 * The catalog holds the models the names resolve to: most sources name them
 * by slug-like keys (`gemini-2.5-pro` for "Gemini 2.5 Pro"), one in five by a
 * dated key only an alias matches. Publications overlap in the models they
 * rank, as arenas do. From one version to the next every rating drifts a few
 * points and intervals narrow; two names leave and two arrive, one of them an
 * anonymous codename (unmatched, or a provisional model on the first
 * publication's sources, which create models for unknown names).
 */

export const CATEGORIES = ["full", "coding", "math", "creative_writing", "hard_prompts"] as const;

export interface CatalogModel {
  slug: string;
  name: string;
  /** The dated key a source publishes for it, matched by this alias only. */
  alias: string | null;
}

export interface BenchCorpus {
  catalog: CatalogModel[];
  publications: {
    /** Oldest first: file name (leading YYYY-MM-DD) and body. */
    versions: { name: string; body: string }[];
    createModels: boolean;
    /** Per category: snapshots the backfill must write (entries naming a model), and distinct names published. */
    expected: Record<(typeof CATEGORIES)[number], { snapshots: number; names: number }>;
  }[];
}

const FAMILIES = ["Gemini", "GPT", "Claude", "Llama", "Qwen", "Mistral", "DeepSeek", "Grok", "Kimi", "GLM", "Command", "Phi", "Gemma", "Nova", "Yi", "Hunyuan", "Doubao", "ERNIE", "Jamba", "Reka"];
const SIZES = ["Pro", "Flash", "Mini", "Max", "Turbo", "Lite", "Ultra", "Instruct"];
const CODE_WORDS = ["nebula", "orchid", "kestrel", "quartz", "ember", "tundra", "saffron", "zephyr", "lumen", "basalt", "marigold", "cobalt"];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalogModel(i: number): CatalogModel & { key: string } {
  const family = FAMILIES[i % FAMILIES.length]!;
  const rest = Math.floor(i / FAMILIES.length);
  const size = SIZES[rest % SIZES.length]!;
  const major = 1 + Math.floor(rest / SIZES.length);
  const name = `${family} ${major}.${i % 3} ${size}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const dotted = `${family.toLowerCase()}-${major}.${i % 3}-${size.toLowerCase()}`;
  const dated = i % 5 === 4 ? `${dotted}-2025${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}` : null;
  return { slug, name, alias: dated, key: dated ?? dotted };
}

interface Entrant {
  key: string;
  known: boolean;
  base: number[];
}

export function makeCorpus(opts: { publications: number; entries: number; versions: number }): BenchCorpus {
  const { publications, entries, versions } = opts;
  const stride = 60;
  const catalogSize = stride * publications + entries + 2 * versions + 40;
  const models = Array.from({ length: catalogSize }, (_, i) => catalogModel(i));
  const out: BenchCorpus["publications"] = [];
  for (let p = 0; p < publications; p += 1) {
    const rnd = random(1000 + p);
    const entrant = (key: string, known: boolean): Entrant => ({ key, known, base: CATEGORIES.map(() => 1000 + 450 * rnd() ** 1.5) });
    // Every category ranks the publication's current field, each with ratings of its own.
    let field: Entrant[] = Array.from({ length: entries }, (_, k) => entrant(models[p * stride + k]!.key, true));
    let nextKnown = p * stride + entries;
    let nextCode = 0;
    const seen = CATEGORIES.map(() => new Map<string, boolean>());
    const expected = CATEGORIES.map(() => 0);
    const rating = new Map<string, number[]>(field.map((e) => [e.key, [...e.base]]));
    const firstDay = Date.UTC(2025, 5, 2 + p);
    const list: BenchCorpus["publications"][number]["versions"] = [];
    for (let v = 0; v < versions; v += 1) {
      if (v > 0) {
        // Two names leave (never from the first half: long-standing entries stay), two arrive: a catalog model and an anonymous codename.
        for (let d = 0; d < 2; d += 1) field.splice(entries / 2 + Math.floor(rnd() * (field.length - entries / 2)), 1);
        const code = `${CODE_WORDS[(p + nextCode) % CODE_WORDS.length]}-p${p}-${nextCode++}`;
        field = [...field, entrant(models[nextKnown++ % catalogSize]!.key, true), entrant(code, false)];
        for (const e of field.slice(-2)) rating.set(e.key, [...e.base]);
      }
      const body: Record<string, Record<string, { rating: number; rating_q975: number; rating_q025: number }>> = {};
      for (const [c, category] of CATEGORIES.entries()) {
        const rows: typeof body[string] = {};
        for (const e of field) {
          const r = rating.get(e.key)!;
          r[c] = r[c]! + (rnd() - 0.5) * 6;
          const half = 3 + 18 / Math.sqrt(1 + v) + rnd() * 2;
          rows[e.key] = { rating: r[c]!, rating_q975: r[c]! + half * (0.9 + rnd() * 0.2), rating_q025: r[c]! - half * (0.9 + rnd() * 0.2) };
          seen[c]!.set(e.key, e.known);
          if (e.known || p === 0) expected[c] = expected[c]! + 1;
        }
        body[category] = rows;
      }
      const day = new Date(firstDay + 7 * 86_400_000 * v).toISOString().slice(0, 10);
      list.push({ name: `${day}_leaderboard-bench-${p}.json`, body: JSON.stringify(body, null, 4) });
    }
    out.push({
      versions: list,
      createModels: p === 0,
      expected: Object.fromEntries(CATEGORIES.map((c, i) => [c, { snapshots: expected[i]!, names: seen[i]!.size }])) as BenchCorpus["publications"][number]["expected"],
    });
  }
  return { catalog: models.map(({ slug, name, alias }) => ({ slug, name, alias })), publications: out };
}
