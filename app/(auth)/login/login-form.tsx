"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import type { LoginState } from "@/lib/auth/schemas";
import { FieldError } from "@/components/ui/field-error";

// useActionState keeps the form working without JavaScript (STYLE.md "Forms and pages").
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="identifier" className="block text-sm font-medium">NIP atau e-mail</label>
        <input
          id="identifier"
          name="identifier"
          autoComplete="username"
          inputMode="email"
          defaultValue={state.identifier}
          aria-invalid={Boolean(state.fieldErrors?.identifier)}
          aria-describedby={state.fieldErrors?.identifier ? "identifier-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
          autoFocus
        />
        <FieldError id="identifier-error" errors={state.fieldErrors?.identifier} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Kata sandi</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
        <FieldError id="password-error" errors={state.fieldErrors?.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
