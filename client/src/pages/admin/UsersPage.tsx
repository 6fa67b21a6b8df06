import { useTranslation } from 'react-i18next';
import { AuditLog } from './AuditLog.js';
import { CreateUserForm } from './CreateUserForm.js';
import { UserDirectory } from './UserDirectory.js';

/** Administrators: every account (search, suspend, reset links), new accounts of any role, the audit log. */
export default function UsersPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('admin.usersTitle')}</h1>
      {/* Above the directory: on a phone the list of every account is many screens long. */}
      <details className="card">
        <summary>
          <h2 className="inline-heading">{t('admin.createUser')}</h2>
        </summary>
        <CreateUserForm />
      </details>
      <UserDirectory />
      <AuditLog />
    </div>
  );
}
