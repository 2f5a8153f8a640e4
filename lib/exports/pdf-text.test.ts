import { describe, expect, it } from "vitest";
import { cleanPdfText } from "./pdf-text";

describe("cleanPdfText", () => {
  it("keeps symbols and letters outside WinAnsi as typed", () => {
    expect(cleanPdfText("Nilai ≥ 75% → target; ≤ 2 – Dinas Ĉ, Łódź, Москва")).toBe("Nilai ≥ 75% → target; ≤ 2 – Dinas Ĉ, Łódź, Москва");
  });

  it("turns textarea line breaks into \\n and a tab into a space", () => {
    expect(cleanPdfText("baris 1\r\nbaris 2\rbaris 3\tkolom")).toBe("baris 1\nbaris 2\nbaris 3 kolom");
  });

  it("drops control characters, which no font draws", () => {
    expect(cleanPdfText("a\u0000b\u0007c\u001bd\u007fe\u0085f")).toBe("abcdef");
  });

  it("replaces a lone surrogate but keeps a pair", () => {
    expect(cleanPdfText("x\ud800y\udc00z 😀")).toBe("x\ufffdy\ufffdz 😀");
  });

  it("composes a letter typed with a combining mark (C + U+0302 → Ĉ)", () => {
    expect(cleanPdfText("C\u0302")).toBe("Ĉ");
  });
});
