// Checks an LKE version file before it is added to lib/lke/versions:
//   npm run --silent lke:validate -- path/to/lke.json
// Prints every problem (path and reason) and exits 2, or says the file is valid.
import { readFileSync } from "node:fs";
import { validateLkeVersion } from "@/lib/lke/validate";

const file = process.argv[2];
if (!file) {
  process.stderr.write("Pemakaian: npm run --silent lke:validate -- berkas.json\n");
  process.exit(2);
}
let input: unknown;
try {
  input = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  process.stderr.write(`${file}: tidak dapat dibaca sebagai JSON (${(error as Error).message})\n`);
  process.exit(2);
}
const result = validateLkeVersion(input);
if (!result.ok) {
  for (const problem of result.problems) process.stderr.write(`${problem.path}: ${problem.reason}\n`);
  process.exit(2);
}
process.stdout.write(`${file}: versi LKE "${result.lke.id}" valid.\n`);
