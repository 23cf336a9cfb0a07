"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import { roles, type Role } from "@/lib/auth/permissions";
import { setUserDisabledAction, setUserRoleAction } from "@/server/users/actions";
import { ConfirmSubmit } from "../../../_components/confirm-submit";

type User = { id: string; name: string; email: string; role: Role; disabled: boolean };

/**
 * One account in the admin list, with its two forms: the role, and disabling or enabling. A role change and
 * disabling ask first (they take away or grant powers at once, and disabling ends every session and token);
 * enabling does not, since it only gives back what the account had.
 */
export function UserRow({ user, isViewer }: { user: User; isViewer: boolean }) {
  const t = useTranslations("AdminUsers");
  const roleName = useTranslations("Roles");
  const errorText = useTranslations("Errors");
  const [roleState, changeRole, isChangingRole] = useActionState(setUserRoleAction, null);
  const [statusState, changeStatus, isChangingStatus] = useActionState(setUserDisabledAction, null);
  const [chosenRole, setChosenRole] = useState<Role>(user.role);
  return (
    <tr>
      <Td>
        {user.name} {isViewer && <span className="text-ink-muted">{t("you")}</span>}
      </Td>
      <Td>{user.email}</Td>
      <Td>
        <form action={changeRole} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <select
            name="role"
            value={chosenRole}
            onChange={(event) => setChosenRole(event.target.value as Role)}
            aria-label={t("roleLabel", { name: user.name })}
            className="min-h-9 rounded-md border border-line-strong bg-surface px-2 py-1"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
          <ConfirmSubmit
            trigger={t("saveRole")}
            triggerLabel={t("saveRoleLabel", { name: user.name })}
            disabled={isChangingRole || chosenRole === user.role}
            title={t("roleConfirmTitle", { name: user.name })}
            body={<p>{t("roleConfirmBody", { from: roleName(user.role), to: roleName(chosenRole) })}</p>}
            confirm={t("roleConfirm")}
          />
          {roleState?.ok && <span role="status">{t("roleSaved")}</span>}
          {roleState && !roleState.ok && <FormError message={errorText(roleState.code)} />}
        </form>
      </Td>
      <Td>
        <form action={changeStatus} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={String(!user.disabled)} />
          <span>{user.disabled ? t("disabled") : t("active")}</span>
          {user.disabled ? (
            <Button
              type="submit"
              variant="secondary"
              size="sm"
              disabled={isChangingStatus}
              aria-label={t("enableLabel", { name: user.name })}
            >
              {t("enable")}
            </Button>
          ) : (
            <ConfirmSubmit
              trigger={t("disable")}
              triggerLabel={t("disableLabel", { name: user.name })}
              disabled={isChangingStatus}
              title={t("disableConfirmTitle", { name: user.name })}
              body={<p>{t("disableConfirmBody")}</p>}
              confirm={t("disableConfirm")}
            />
          )}
          {statusState && !statusState.ok && <FormError message={errorText(statusState.code)} />}
        </form>
      </Td>
    </tr>
  );
}

function FormError({ message }: { message: string }) {
  return (
    <span role="alert" className="basis-full text-danger">
      {message}
    </span>
  );
}
