import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createTransitionFixture } from "@/lib/review/transitions/test-support";
import { createComment } from "./mutations";
import { listComments } from "./queries";
import { CommentSchema } from "./schemas";

beforeEach(resetDatabase);
const db = getTestDb;
const Q = "A.I.1.i.a";

describe("comments on a question", () => {
  it("lets the unit's operator and an assigned TPI talk, oldest first, with who and when, audited", async () => {
    const f = await createTransitionFixture(db());
    const input = (body: string) => ({ assessmentId: f.assessment.id, questionCode: Q, body });
    await createComment({ db: db(), user: f.member, input: input("SK Tim belum bertanda tangan.") });
    await createComment({ db: db(), user: f.operator, input: input("Sudah kami unggah ulang.") });
    const threads = await listComments({ db: db(), assessmentId: f.assessment.id, questionCodes: [Q] });
    expect(threads[Q]?.map((c) => [c.author.name, c.author.role, c.body])).toEqual([
      [f.member.name, "TPI", "SK Tim belum bertanda tangan."],
      [f.operator.name, "OPERATOR", "Sudah kami unggah ulang."],
    ]);
    expect(Number.isNaN(Date.parse(threads[Q]?.[0]?.createdAt ?? ""))).toBe(false);
    expect(await db().auditEvent.count({ where: { action: "comment.create", assessmentId: f.assessment.id } })).toBe(2);
  });

  it("refuses an unassigned TPI, admin, another unit's operator and an unknown question, storing nothing", async () => {
    const f = await createTransitionFixture(db());
    const other = await createTransitionFixture(db());
    const input = { assessmentId: f.assessment.id, questionCode: Q, body: "Catatan" };
    await expect(createComment({ db: db(), user: f.outsider, input })).rejects.toThrow("tidak ditemukan");
    await expect(createComment({ db: db(), user: f.admin, input })).rejects.toThrow("Hanya operator unit dan TPI yang ditugaskan");
    await expect(createComment({ db: db(), user: other.operator, input })).rejects.toThrow("tidak ditemukan");
    await expect(createComment({ db: db(), user: f.operator, input: { ...input, questionCode: "Z.9" } })).rejects.toThrow("tidak ada dalam LKE");
    expect(await db().comment.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "comment.create" } })).toBe(0);
  });

  it("accepts a body of 1 to 2000 characters after trimming", () => {
    const base = { assessmentId: "8b0c8a1e-1b1a-4c1e-9a4e-1f2d3c4b5a69", questionCode: Q };
    expect(CommentSchema.safeParse({ ...base, body: "   " }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, body: "x".repeat(2001) }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...base, body: "x".repeat(2000) }).success).toBe(true);
  });
});
