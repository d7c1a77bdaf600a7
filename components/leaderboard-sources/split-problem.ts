import { describeProblem, type ProblemBody } from "@/lib/api/client/send-json";

/** A problem's errors on the form's fields, each to show next to its input; the rest in one line below the form. */
export function splitProblem<F extends string>(problem: ProblemBody, fields: readonly F[]): { fields: Partial<Record<F, string>>; rest: string | null } {
  const named: Partial<Record<F, string>> = {};
  const other: { name: string; reason: string }[] = [];
  for (const e of problem.errors ?? []) {
    const field = fields.find((f) => e.name === f || e.name.startsWith(`${f}.`) || e.name.startsWith(`${f}[`));
    if (field) named[field] = [named[field], e.reason].filter(Boolean).join("; ");
    else other.push(e);
  }
  const any = Object.keys(named).length > 0;
  const rest = any && other.length === 0 ? null : describeProblem({ ...problem, errors: other.length ? other : undefined });
  return { fields: named, rest };
}
