import { describe, expect, it } from "vitest";
import { TableOrderError, firstOutOfOrder, orderTablesByDependency } from "./table-order";

// The portal's own shape: Unit references itself, Answer → Assessment → Period/Unit.
const edges = [
  { child: "Unit", parent: "Unit" },
  { child: "Assessment", parent: "Period" },
  { child: "Assessment", parent: "Unit" },
  { child: "Answer", parent: "Assessment" },
  { child: "Period", parent: "LkeVersion" },
];

describe("orderTablesByDependency", () => {
  it("puts every referenced table before the tables that reference it, self-references aside", () => {
    const order = orderTablesByDependency(["Answer", "Assessment", "LkeVersion", "Period", "Unit", "_prisma_migrations"], edges);
    expect(order).toEqual(["LkeVersion", "Period", "Unit", "Assessment", "Answer", "_prisma_migrations"]);
    expect(firstOutOfOrder(order, edges)).toBeNull();
  });

  it("ignores edges to tables outside the list", () => {
    expect(orderTablesByDependency(["Answer", "Assessment"], edges)).toEqual(["Assessment", "Answer"]);
  });

  it("names the tables of a cycle instead of guessing", () => {
    const cycle = [{ child: "A", parent: "B" }, { child: "B", parent: "A" }];
    expect(() => orderTablesByDependency(["A", "B", "C"], cycle)).toThrow(TableOrderError);
    expect(() => orderTablesByDependency(["A", "B", "C"], cycle)).toThrow("Tabel A, B saling mereferensikan");
  });
});

describe("firstOutOfOrder", () => {
  it("finds a child placed before its parent, and a parent missing from the order", () => {
    expect(firstOutOfOrder(["Answer", "Assessment", "Period", "Unit", "LkeVersion"], edges)).toEqual({ child: "Assessment", parent: "Period" });
    expect(firstOutOfOrder(["Answer"], edges)).toEqual({ child: "Answer", parent: "Assessment" });
  });
});
