"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

type Toast = { id: number; message: string; tone: "info" | "error" };

const ToastContext = createContext<((message: string, tone?: Toast["tone"]) => void) | null>(null);

/** How long a message stays: long enough to read a sentence twice (WCAG 2.2.1 asks for no short time limits). */
const TOAST_MS = 8000;

/**
 * Short confirmations ("Token revoked", "Copied") after an action whose result is not otherwise visible. One
 * polite live region announces them; errors are announced assertively. A toast never carries the only copy of
 * something the user needs: it fades, so forms show their errors beside the fields instead.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  const show = useCallback((message: string, tone: Toast["tone"] = "info") => {
    const id = ++nextId.current;
    setToasts((current) => [...current.slice(-2), { id, message, tone }]);
  }, []);
  const remove = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  return (
    <ToastContext value={show}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
        <div role="status" className="contents">
          {toasts
            .filter((toast) => toast.tone === "info")
            .map((toast) => (
              <ToastItem key={toast.id} toast={toast} onDone={remove} />
            ))}
        </div>
        <div role="alert" className="contents">
          {toasts
            .filter((toast) => toast.tone === "error")
            .map((toast) => (
              <ToastItem key={toast.id} toast={toast} onDone={remove} />
            ))}
        </div>
      </div>
    </ToastContext>
  );
}

function ToastItem({ toast, onDone }: { toast: Toast; onDone: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDone(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.id, onDone]);
  return (
    <p
      className={`pointer-events-auto max-w-md rounded-lg px-4 py-3 shadow-lg ${
        toast.tone === "error" ? "bg-danger text-on-danger" : "bg-ink text-canvas"
      }`}
    >
      {toast.message}
    </p>
  );
}

/** Shows a toast: `const toast = useToast(); toast(t("revoked"))`. */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider above it (app/[locale]/layout.tsx).");
  return show;
}
