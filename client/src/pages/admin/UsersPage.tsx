import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit, useCreateUser } from '../../api/hooks/admin.js';
import { fieldErrors } from '../../api/errors.js';
import { isApiError } from '../../api/http.js';
import { ROLES, type Role, type User } from '@ketnoi/contract';
import { formatDateTime } from '../../lib/format.js';
import { SelectField, TextField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { EmptyState, FormError, QueryView } from '../../components/States.js';
import { validateSignUp, MIN_PASSWORD, type FieldErrors, type SignUpValues } from '../auth/validation.js';

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
  const [values, setValues] = useState<SignUpValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<User[]>([]);

  const set = (field: keyof SignUpValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validateSignUp(values, t, ROLES);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) return;
    create.mutate(
      { ...values, email: values.email.trim(), name: values.name.trim(), role: values.role as Role },
      {
        onSuccess: ({ user }) => {
          setCreated((list) => [user, ...list]);
          setValues({ ...EMPTY, role: values.role, province: values.province });
        },
        onError: (error) => {
          const server = fieldErrors(error, t);
          if (isApiError(error) && error.code === 'conflict') server.email ??= t('validation.emailTaken');
          setErrors(server);
        },
      },
    );
  };

  return (
    <div className="page">
      <h1>{t('admin.usersTitle')}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <h2>{t('admin.createUser')}</h2>
        <div className="grid-2">
          <TextField
            label={t('fields.name')}
            value={values.name}
            onChange={(e) => set('name')(e.target.value)}
            error={errors.name}
            required
          />
          <TextField
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={(e) => set('email')(e.target.value)}
            error={errors.email}
            required
          />
          <TextField
            label={t('fields.password')}
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set('password')(e.target.value)}
            error={errors.password}
            hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
            required
          />
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
