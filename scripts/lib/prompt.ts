import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

// Questions on the terminal for a maintenance command. A password is typed without echo
// (readline writes what is typed to its output, which is muted meanwhile). Piped input is
// read line by line the same way, so the dialogue can be scripted and tested.

export type Prompter = { ask: (question: string, options?: { hidden?: boolean }) => Promise<string>; close: () => void };

export function createPrompter(): Prompter {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) process.stdout.write(chunk, encoding);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const lines = rl[Symbol.asyncIterator]();
  return {
    ask: async (question, { hidden = false } = {}) => {
      process.stdout.write(question);
      muted = hidden;
      const next = await lines.next();
      muted = false;
      if (hidden || !process.stdin.isTTY) process.stdout.write("\n");
      if (next.done) throw new Error("masukan berakhir sebelum semua pertanyaan dijawab");
      return next.value;
    },
    close: () => rl.close(),
  };
}

/** The first line of standard input (`--password-stdin`), for a password piped from a secret store. */
export function readFirstLine(source: number | string): string {
  return readFileSync(source, "utf8").split(/\r?\n/)[0] ?? "";
}
