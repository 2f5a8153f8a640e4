import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { Notice } from "./submit";

export function NoticeAlert({ notice, children }: { notice: Notice | null; children?: ReactNode }) {
  if (!notice) return null;
  return (
    <Alert tone={notice.tone}>
      {notice.text}
      {children}
    </Alert>
  );
}
