import { Symbols } from "recharts";

// A shape per chart series, so lines stay apart without colour: six shapes, and the
// second six series are drawn dashed. The legend swatch shows the same shape and dash.
const shapes = ["circle", "square", "triangle", "diamond", "cross", "star"] as const;

export const seriesShape = (color: number): (typeof shapes)[number] => shapes[color % shapes.length] ?? "circle";
export const seriesDash = (color: number): string | undefined => (color >= shapes.length ? "6 3" : undefined);

/** The legend's sample of a series: its dash and its marker, in the series' colour class. */
export function SeriesSwatch({ color, className }: { color: number; className?: string }) {
  return (
    <svg className={className} width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false" data-shape={seriesShape(color)}>
      <line x1="1" y1="6" x2="27" y2="6" strokeWidth="2" strokeDasharray={seriesDash(color) === undefined ? undefined : "4 2"} />
      <Symbols cx={14} cy={6} type={seriesShape(color)} size={48} />
    </svg>
  );
}
