"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { createApiTokenAction, revokeApiTokenAction } from "@/server/api-tokens/actions";
import { API_TOKEN_NAME_MAX_LENGTH } from "@/server/api-tokens/schema";
import { ConfirmSubmit } from "../_components/confirm-submit";
import { FormAlert } from "../_components/form-alert";
import { useAuthText } from "../_components/use-auth-text";

type Token = { id: string; name: string; prefix: string; created: string; lastUsed: string | null };

/**
 * Create a token (shown once, with a copy button), list the viewer's tokens, revoke them (after a confirmation).
 * Revoking the token just shown takes its panel away: a revoked token is no longer worth copying. Revoking another
 * one leaves it, since it may be the replacement not yet copied.
 */
export function ApiTokens({ tokens }: { tokens: Token[] }) {
  const t = useTranslations("ApiTokens");
  const text = useAuthText();
  const errorText = useTranslations("Errors");
  const [created, create, isCreating] = useActionState(createApiTokenAction, null);
  // Both actions refresh the page: a revoked token has left the list by the time its result arrives.
  const isCreatedListed = created?.ok === true && tokens.some((token) => token.id === created.data.id);
  const nameError = created && !created.ok ? created.fields?.find((field) => field.path === "name")?.code : undefined;
  const formError = created && !created.ok && !created.fields?.length ? errorText(created.code) : null;
  return (
    <div className="flex flex-col gap-6">
      <form action={create} className="flex flex-col gap-3">
        <FormAlert ref={null} message={formError} />
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          required
          maxLength={API_TOKEN_NAME_MAX_LENGTH}
          autoComplete="off"
          error={nameError ? text.fieldError(nameError) : undefined}
        />
        <Button type="submit" disabled={isCreating} className="self-start">
          {isCreating ? text.t("submitting") : t("create")}
        </Button>
      </form>
      {created?.ok && isCreatedListed && (
        <NewToken key={created.data.id} name={created.data.name} token={created.data.token} />
      )}
      {tokens.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table label={t("listCaption")}>
          <thead>
            <tr>
              <Th>{t("columnName")}</Th>
              <Th>{t("columnPrefix")}</Th>
              <Th>{t("columnCreated")}</Th>
              <Th>{t("columnLastUsed")}</Th>
              <Th>
                <span className="sr-only">{t("revoke")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

/** The new token: its only showing. */
function NewToken({ name, token }: { name: string; token: string }) {
  const t = useTranslations("ApiTokens");
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isCopied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-success bg-success-soft p-3 text-ink">
      <p role="status">{t("createdNotice", { name })}</p>
      <label htmlFor={id} className="text-sm font-medium">
        {t("tokenLabel")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={inputRef}
          id={id}
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-9 min-w-0 flex-1 rounded-md border border-line-strong bg-surface px-2 py-1 font-mono text-sm text-ink"
        />
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            // The clipboard API needs a secure context; elsewhere the token is selected for Ctrl+C.
            const copied = await navigator.clipboard?.writeText(token).then(
              () => true,
              () => false,
            );
            if (copied) setCopied(true);
            else inputRef.current?.select();
          }}
        >
          {t("copy")}
        </Button>
        <span role="status">{isCopied ? t("copied") : ""}</span>
      </div>
    </div>
  );
}

function TokenRow({ token }: { token: Token }) {
  const t = useTranslations("ApiTokens");
  const errorText = useTranslations("Errors");
  const [state, revoke, isRevoking] = useActionState(revokeApiTokenAction, null);
  return (
    <tr>
      <Td>{token.name}</Td>
      <Td className="font-mono">{token.prefix}…</Td>
      <Td>{token.created}</Td>
      <Td>{token.lastUsed ?? t("never")}</Td>
      <Td>
        <form action={revoke} className="flex flex-col gap-1">
          <input type="hidden" name="tokenId" value={token.id} />
          <ConfirmSubmit
            trigger={t("revoke")}
            triggerLabel={t("revokeLabel", { name: token.name })}
            disabled={isRevoking}
            title={t("revokeTitle", { name: token.name })}
            body={<p>{t("revokeBody")}</p>}
            confirm={t("revokeConfirm")}
          />
          {state && !state.ok && (
            <span role="alert" className="text-danger">
              {errorText(state.code)}
            </span>
          )}
        </form>
      </Td>
    </tr>
  );
}
