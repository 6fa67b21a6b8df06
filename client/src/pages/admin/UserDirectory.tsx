import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROLES, type AdminUser, type AdminUserListParams, type Role } from '@ketnoi/contract';
import { useAdminUsers, useUserAction } from '../../api/hooks/admin.js';
import { useMe } from '../../api/hooks/auth.js';
import { useLabels } from '../../api/hooks/reference.js';
import { formatDateTime } from '../../lib/format.js';
import { CodeFilter, TextArea, TextField } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { EmptyState, FormError, PagedView, ListOf } from '../../components/States.js';

/** The status filter's choices: the list asks the server for `suspended` false or true. */
const ACCOUNT_STATES = ['active', 'suspended'] as const;
type AccountState = (typeof ACCOUNT_STATES)[number];

/** One account with what an administrator can do to it: suspend (with a reason), lift it, mail a reset link. */
function UserRow({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  // The server refuses suspending oneself (it could not be undone from this account).
  const isMe = useMe().data?.user.id === user.id;
  const labels = useLabels();
  const action = useUserAction(user.id);
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const sentTo = action.data && 'queued' in action.data ? action.data.email : null;
  return (
    <li className="card list__item user-row" data-testid="user" data-suspended={user.suspended}>
      <div className="list__main">
        <h3>
          {user.name}{' '}
          {user.suspended ? (
            <span className="badge badge--bad">{t('adminUsers.suspended')}</span>
          ) : (
            <span className="badge badge--ok">{t('adminUsers.active')}</span>
          )}
        </h3>
        <p>
          <a href={`mailto:${user.email}`}>{user.email}</a>
        </p>
        <p className="muted">
          {t(`roles.${user.role}`)}
          {user.province && ` · ${labels.province(user.province)}`}
          {' · '}
          {user.lastLoginAt ? t('adminUsers.lastLogin', { at: formatDateTime(user.lastLoginAt) }) : t('adminUsers.neverLoggedIn')}
        </p>
        {user.profile && (
          <p>
            <Link to={`/profiles/${encodeURIComponent(user.profile.id)}`}>{t('adminUsers.profile', { name: user.profile.name })}</Link>
          </p>
        )}
        {user.suspended && (
          <p className="muted">
            {t('adminUsers.suspendedAt', { at: formatDateTime(user.suspendedAt) })}
            {user.suspendReason && ` — ${user.suspendReason}`}
          </p>
        )}
        {sentTo && (
          <p className="notice notice--ok" role="status">
            {t('adminUsers.resetSent', { email: sentTo })}
          </p>
        )}
      </div>
      <div className="list__side">
        {suspending ? (
          <PanelForm
            onSubmit={() =>
              action.mutate(
                { type: 'suspend', ...(reason.trim() ? { reason: reason.trim() } : {}) },
                { onSuccess: () => setSuspending(false) },
              )
            }
            submitLabel={t('adminUsers.confirmSuspend')}
            closeLabel={t('common.cancel')}
            onClose={() => setSuspending(false)}
            pending={action.isPending}
            error={action.error ?? undefined}
          >
            <p>{t('adminUsers.suspendExplain')}</p>
            <TextArea label={t('adminUsers.reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </PanelForm>
        ) : (
          <div className="form__actions">
            {user.suspended ? (
              <button
                type="button"
                className="btn btn--secondary"
                disabled={action.isPending}
                onClick={() => action.mutate({ type: 'unsuspend' })}
              >
                {t('adminUsers.unsuspend')}
              </button>
            ) : (
              !isMe && (
                <button type="button" className="btn btn--secondary" disabled={action.isPending} onClick={() => setSuspending(true)}>
                  {t('adminUsers.suspend')}
                </button>
              )
            )}
            <button
              type="button"
              className="btn btn--ghost"
              disabled={action.isPending}
              onClick={() => action.mutate({ type: 'passwordReset' })}
            >
              {t('adminUsers.sendReset')}
            </button>
          </div>
        )}
        {!suspending && <FormError error={action.error} />}
      </div>
    </li>
  );
}

/** Every account: search by name or e-mail (diacritics optional), filter by role, province and status. */
export function UserDirectory() {
  const { t } = useTranslation();
  const [words, setWords] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [province, setProvince] = useState('');
  const [status, setStatus] = useState<AccountState | ''>('');
  const [q, setQ] = useState('');
  const params: AdminUserListParams = {
    ...(q ? { q } : {}),
    ...(role ? { role } : {}),
    ...(province ? { province } : {}),
    ...(status ? { suspended: status === 'suspended' ? 'true' : 'false' } : {}),
  };
  const users = useAdminUsers(params);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(words.trim());
  };

  return (
    <section aria-labelledby="user-list">
      <h2 id="user-list">{t('adminUsers.title')}</h2>
      <form role="search" className="form card" onSubmit={search}>
        <div className="searchbar searchbar--labelled">
          <TextField
            label={t('adminUsers.search')}
            type="search"
            value={words}
            onChange={(e) => setWords(e.target.value)}
            placeholder={t('adminUsers.searchHint')}
          />
          <button type="submit" className="btn btn--primary">
            {t('search.submit')}
          </button>
        </div>
        <div className="grid-3">
          <CodeFilter
            label={t('adminUsers.role')}
            codes={ROLES}
            value={role}
            onChange={setRole}
            labelOf={(r) => t(`roles.${r}`)}
            all={t('adminUsers.allRoles')}
          />
          <ProvinceSelect value={province} onChange={setProvince} placeholder={t('adminUsers.allProvinces')} />
          <CodeFilter
            label={t('adminUsers.status')}
            codes={ACCOUNT_STATES}
            value={status}
            onChange={setStatus}
            labelOf={(s) => t(`adminUsers.${s}`)}
            all={t('adminUsers.allStatuses')}
          />
        </div>
      </form>
      <div aria-live="polite" aria-busy={users.isFetching}>
        <PagedView query={users} empty={<EmptyState title={t('adminUsers.empty')} />}>
          {(items) => <ListOf items={items} item={(user) => <UserRow key={user.id} user={user} />} />}
        </PagedView>
      </div>
    </section>
  );
}
