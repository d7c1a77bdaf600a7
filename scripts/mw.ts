// The operator CLI: `npm run mw -- <command>`. Everything but the process
// plumbing lives in lib/cli so it can be tested in-process.
import { processIo } from "../lib/cli/cli-command";
import { runCli } from "../lib/cli/run-cli";

runCli(process.argv.slice(2), processIo).then((code) => {
  // exitCode rather than exit(): lets piped stdout flush; runCli has closed the
  // database, so nothing is left to keep the event loop alive.
  process.exitCode = code;
});
