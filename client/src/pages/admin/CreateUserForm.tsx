import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type User } from '@ketnoi/contract';
import { useCreateUser } from '../../api/hooks/admin.js';
import { SelectField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { FormError } from '../../components/States.js';
import type { SignUpValues } from '../auth/validation.js';
import { AccountFields, useAccountForm } from '../auth/AccountFields.js';

const EMPTY: SignUpValues = { email: '', password: '', role: 'staff', name: '', province: '' };

/** An account of any role, staff and admin included (self-registration offers only the four profile roles). */
export function CreateUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useAccountForm(EMPTY, ROLES);
  const { attachForm } = form;
  const { values, errors, set } = form;
  const [created, setCreated] = useState<User[]>([]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.body();
    if (!body) return;
    create.mutate(body, {
      onSuccess: ({ user }) => {
        setCreated((list) => [user, ...list]);
        form.setValues({ ...EMPTY, role: values.role, province: values.province });
      },
      onError: form.showServerError,
    });
  };

  return (
    <>
      <form ref={attachForm} className="form" onSubmit={onSubmit} noValidate>
        <div className="grid-2">
          <AccountFields form={form} forSomeoneElse />
          <SelectField
            // Not the sign-up's "Bạn là" (you are): the admin sets someone else's role.
            label={t('adminUsers.newRole')}
            value={values.role}
            onChange={(e) => set('role')(e.target.value)}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            error={errors.role}
            required
          />
        </div>
        <ProvinceSelect value={values.province} onChange={set('province')} error={errors.province} required />
        {create.isError && !Object.values(errors).some(Boolean) && <FormError error={create.error} />}
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('admin.create')}
        </button>
      </form>
      {created.length > 0 && (
        <div aria-live="polite">
          <h3>{t('admin.createdNow')}</h3>
          {/* The new person cannot sign in until they know a password: say how they get one. */}
          <p className="muted">{t('adminUsers.createdHint')}</p>
          <ul className="plain-list">
            {created.map((u) => (
              <li key={u.id}>
                {u.name} · {u.email} · {t(`roles.${u.role}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
