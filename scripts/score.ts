// `npm run --silent score -- FILE.json`: prints the score of an answers file as JSON (see
// lib/scoring/score-command.ts). Exit code 2 and one line per problem on stderr when the file
// cannot be scored; never a stack trace.
import { readFileSync } from "node:fs";
import { runScoreCommand } from "@/lib/scoring/score-command";

try {
  const outcome = runScoreCommand({ args: process.argv.slice(2), readFile: (path) => readFileSync(path, "utf8") });
  process.stdout.write(outcome.stdout);
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = outcome.exitCode;
} catch (error) {
  process.stderr.write(`Kesalahan internal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
