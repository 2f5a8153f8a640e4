import type { ReactNode } from "react";

type Props = { tone: "success" | "error" | "info"; children: ReactNode };

const TONES = {
  success: "border-green-300 bg-green-50 text-green-900",
  error: "border-red-300 bg-red-50 text-red-800",
  info: "border-brand-100 bg-brand-50 text-brand-800",
};

/** A message about the last action; errors interrupt the screen reader, the rest wait their turn. */
export function Alert({ tone, children }: Props) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border p-3 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}
