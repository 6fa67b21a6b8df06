import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit, useCreateUser } from '../../api/hooks/admin.js';
import { ROLES, type User } from '@ketnoi/contract';
import { formatDateTime } from '../../lib/format.js';
import { SelectField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { EmptyState, FormError, QueryView } from '../../components/States.js';
import type { SignUpValues } from '../auth/validation.js';
import { AccountFields, useAccountForm } from '../auth/AccountFields.js';

const EMPTY: SignUpValues = { email: '', password: '', role: 'staff', name: '', province: '' };

function AuditLog() {
  const { t } = useTranslation();
  const audit = useAudit();
  return (
    <section className="card">
      <h2>{t('admin.audit')}</h2>
      <QueryView query={audit} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('admin.auditEmpty')} />}>
        {(data) => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.when')}</th>
                  <th scope="col">{t('admin.actor')}</th>
                  <th scope="col">{t('admin.action')}</th>
                  <th scope="col">{t('admin.target')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at)}</td>
                    <td>{entry.actorName || entry.actorId}</td>
                    <td>{entry.action}</td>
                    <td>{`${entry.targetType} ${entry.targetId}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useAccountForm(EMPTY, ROLES);
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
    <div className="page">
      <h1>{t('admin.usersTitle')}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <h2>{t('admin.createUser')}</h2>
        <div className="grid-2">
          <AccountFields form={form} forSomeoneElse />
          <SelectField
            label={t('fields.role')}
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
        <section className="card" aria-live="polite">
          <h2>{t('admin.createdNow')}</h2>
          <ul className="plain-list">
            {created.map((u) => (
              <li key={u.id}>
                {u.name} · {u.email} · {t(`roles.${u.role}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AuditLog />
    </div>
  );
}
