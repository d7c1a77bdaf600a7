import shared from "@/components/editor/editor.module.css";
import styles from "./catalog-editor.module.css";

export interface ReportLine {
  name: string;
  reason: string;
}

/** `rows[3].ciLow` → row 3, field ciLow; anything else is about the whole file. */
function locate(name: string): { row: string; field: string } {
  const m = /^rows\[(\d+)\](?:\.(.+))?$/.exec(name);
  if (m) return { row: m[1] as string, field: m[2] ?? "(whole row)" };
  return { row: "—", field: name };
}

/** The validation report of a refused import, one line per problem, row by row. */
export function ImportReport({ lines, isCsv }: { lines: ReportLine[]; isCsv: boolean }) {
  return (
    <div className={`${shared.tableWrap} ${styles.report}`}>
      <table className={shared.table}>
        <caption className={shared.hint}>
          {lines.length} problem{lines.length === 1 ? "" : "s"}; nothing was imported.{isCsv ? " Row N is on line N + 1 (after the header)." : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => {
            const at = locate(l.name);
            return (
              <tr key={`${l.name}-${i}`}>
                <td>{at.row}</td>
                <td className={styles.mono}>{at.field}</td>
                <td>{l.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
