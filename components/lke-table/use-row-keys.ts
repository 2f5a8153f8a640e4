"use client";

import { type KeyboardEvent, useCallback } from "react";

// Moving through the LKE table from the keyboard: ↓/J and ↑/K to the next and previous row,
// N to the next unanswered row. Answer keys are the row's own (unit-table-row.tsx).

export function focusRow(code: string) {
  const handle = document.querySelector<HTMLElement>(`[data-row="${CSS.escape(code)}"] [data-row-handle]`);
  if (!handle) return;
  handle.focus();
  handle.scrollIntoView({ block: "nearest" });
}

export function isTextField(target: EventTarget): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== "radio" && target.type !== "checkbox";
}

/** The table's keydown handler over the codes of the rows now shown, in order. */
export function useRowKeys(visible: string[], goToNextUnanswered: (from: string | null) => void) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      const current = (event.target as HTMLElement).closest("[data-row]")?.getAttribute("data-row") ?? null;
      const index = current === null ? -1 : visible.indexOf(current);
      const move = (step: number) => {
        const next = visible[Math.min(visible.length - 1, Math.max(0, index + step))];
        if (next) focusRow(next);
      };
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key === "ArrowDown" || key === "j") move(1);
      else if (key === "ArrowUp" || key === "k") move(index === -1 ? 1 : -1);
      else if (key === "n") goToNextUnanswered(current);
      else return;
      event.preventDefault();
    },
    [visible, goToNextUnanswered],
  );
}
