import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useLabels } from '../../api/hooks/reference.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { useUrlParams } from '../../lib/useUrlParams.js';

/**
 * The province a staff page works on: staff are fixed to their own province (the server enforces it
 * too); an admin picks one, or none for all provinces, kept in ?province= so links keep it.
 */
export function useProvinceScope() {
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  const isAdmin = me?.user.role === 'admin';
  const province = isAdmin ? (params.get('province') ?? '') : (me?.user.province ?? '');
  const setProvince = (code: string) => update({ province: code });
  return { province, setProvince, isAdmin };
}

export function ProvinceScope() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { province, setProvince, isAdmin } = useProvinceScope();
  if (!isAdmin) {
    return <p className="muted">{t('staff.scope', { province: labels.province(province) })}</p>;
  }
  return <ProvinceSelect label={t('staff.scopeLabel')} value={province} onChange={setProvince} placeholder={t('staff.allProvinces')} />;
}

/** A staff page: its title, what it is for, and the province it works on, above the page's own parts. */
export function ScopedPage({ title, lead, wide, children }: { title: string; lead?: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1>{title}</h1>
      {lead && <p className="muted">{lead}</p>}
      <ProvinceScope />
      {children}
    </div>
  );
}
