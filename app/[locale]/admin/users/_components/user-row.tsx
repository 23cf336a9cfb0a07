"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Td } from "@/components/ui/table";
import { roles, type Role } from "@/lib/auth/permissions";
import { setUserDisabledAction, setUserRoleAction } from "@/server/users/actions";

type User = { id: string; name: string; email: string; role: Role; disabled: boolean };

const buttonClass =
  "rounded border border-stone-400 px-2 py-1 hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800";

/** One account in the admin list, with its two forms: the role, and disabling or enabling. */
export function UserRow({ user, isViewer }: { user: User; isViewer: boolean }) {
  const t = useTranslations("AdminUsers");
  const roleName = useTranslations("Roles");
  const errorText = useTranslations("Errors");
  const [roleState, changeRole, isChangingRole] = useActionState(setUserRoleAction, null);
  const [statusState, changeStatus, isChangingStatus] = useActionState(setUserDisabledAction, null);
  return (
    <tr>
      <Td>
        {user.name} {isViewer && <span className="text-stone-600 dark:text-stone-400">{t("you")}</span>}
      </Td>
      <Td>{user.email}</Td>
      <Td>
        <form action={changeRole} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <select
            name="role"
            defaultValue={user.role}
            aria-label={t("roleLabel", { name: user.name })}
            className="rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            disabled={isChangingRole}
            aria-label={t("saveRoleLabel", { name: user.name })}
            className={buttonClass}
          >
            {t("saveRole")}
          </button>
          {roleState?.ok && <span role="status">{t("roleSaved")}</span>}
          {roleState && !roleState.ok && <FormError message={errorText(roleState.code)} />}
        </form>
      </Td>
      <Td>
        <form action={changeStatus} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={String(!user.disabled)} />
          <span>{user.disabled ? t("disabled") : t("active")}</span>
          <button
            type="submit"
            disabled={isChangingStatus}
            aria-label={user.disabled ? t("enableLabel", { name: user.name }) : t("disableLabel", { name: user.name })}
            className={buttonClass}
          >
            {user.disabled ? t("enable") : t("disable")}
          </button>
          {statusState && !statusState.ok && <FormError message={errorText(statusState.code)} />}
        </form>
      </Td>
    </tr>
  );
}

function FormError({ message }: { message: string }) {
  return (
    <span role="alert" className="basis-full text-red-700 dark:text-red-400">
      {message}
    </span>
  );
}
