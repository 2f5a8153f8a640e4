import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/lke/schema";
import { choiceForKey, keyHint } from "./choice-keys";

const yaTidak: Question = { code: "1.a", text: "", type: "YA_TIDAK", guidance: null, options: [{ code: "YA", text: "Ya" }, { code: "TIDAK", text: "Tidak" }] };
const abc: Question = { code: "1.b", text: "", type: "ABC", guidance: null, options: ["A", "B", "C"].map((code) => ({ code, text: code })) };
const percent: Question = { code: "1.c", text: "", type: "PERCENT", guidance: null, inputs: [{ key: "x", label: "x" }] };

describe("choiceForKey", () => {
  it("answers Ya/Tidak with Y and T, in either case", () => {
    expect(choiceForKey(yaTidak, "y")).toBe("YA");
    expect(choiceForKey(yaTidak, "T")).toBe("TIDAK");
    expect(choiceForKey(yaTidak, "a")).toBeNull();
  });
  it("answers options by letter or position, and refuses letters past the scale", () => {
    expect(choiceForKey(abc, "b")).toBe("B");
    expect(choiceForKey(abc, "3")).toBe("C");
    expect(choiceForKey(abc, "d")).toBeNull();
    expect(choiceForKey(abc, "4")).toBeNull();
  });
  it("gives no choice key to questions answered with numbers", () => {
    expect(choiceForKey(percent, "1")).toBeNull();
    expect(keyHint(percent)).toBe("Enter untuk mengisi");
    expect(keyHint(abc)).toBe("A–C");
  });
});
