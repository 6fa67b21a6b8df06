import { useState, type ReactNode } from 'react';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';

/** An admin page that sets something province by province: choose the province, then its settings. */
export function ProvinceSettingsPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: (province: string) => ReactNode;
}) {
  const [province, setProvince] = useState('');
  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
      <ProvinceSelect value={province} onChange={setProvince} />
      {province && children(province)}
    </div>
  );
}
