import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useExposure, useSaveWeights, useWeights } from '../../api/hooks/admin.js';
import { CRITERIA, MAX_WEIGHT, type Weights } from '@ketnoi/contract';
import { formatPercent } from '../../lib/format.js';
import { TextField } from '../../components/Field.js';
import { EmptyState, ItemsView, QueryView } from '../../components/States.js';
import { SaveFooter } from '../../components/SaveFooter.js';
import { Table } from '../../components/Table.js';
import { ProvinceSettingsPage } from './ProvinceSettingsPage.js';

function WeightsForm({ province, doc }: { province: string; doc: Weights }) {
  const { t } = useTranslation();
  const save = useSaveWeights();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(CRITERIA.map((c) => [c, String(doc.weights[c] ?? 0)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const numbers = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
  const sum = Object.values(numbers).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > MAX_WEIGHT) next[key] = t('validation.weight', { max: MAX_WEIGHT });
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    save.mutate({ province, input: { weights: numbers } });
  };

  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('weights.hint')}</p>
      <div className="weights">
        {CRITERIA.map((c) => (
          <div key={c} className="weights__row">
            <TextField
              label={t(`criterion.${c}`)}
              inputMode="decimal"
              value={values[c] ?? ''}
              onChange={(e) => {
                setValues((v) => ({ ...v, [c]: e.target.value }));
                save.reset();
              }}
              error={errors[c]}
            />
            <span className="weights__share" aria-label={t('weights.share')}>
              {sum > 0 && Number.isFinite(numbers[c]) ? formatPercent((numbers[c] ?? 0) / sum) : '—'}
            </span>
          </div>
        ))}
      </div>
      <SaveFooter error={save.error} saved={save.isSuccess} pending={save.isPending} savedText={t('weights.saved')} />
    </form>
  );
}

function Exposure({ province }: { province: string }) {
  const { t } = useTranslation();
  const exposure = useExposure(province);
  return (
    <section className="card">
      <h2>{t('weights.exposure')}</h2>
      <p className="muted">{t('weights.exposureHint')}</p>
      <ItemsView query={exposure} empty={<EmptyState title={t('weights.exposureEmpty')} />}>
        {(items) => (
          <Table columns={[t('weights.profile'), t('weights.shown')]}>
            {items.slice(0, 20).map((row) => (
              <tr key={row.profile.id}>
                <td>
                  <Link to={`/profiles/${encodeURIComponent(row.profile.id)}`}>{row.profile.name}</Link>
                </td>
                <td>{row.shown}</td>
              </tr>
            ))}
          </Table>
        )}
      </ItemsView>
    </section>
  );
}

function ProvinceWeights({ province }: { province: string }) {
  const weights = useWeights(province);
  return <QueryView query={weights}>{(doc) => <WeightsForm province={province} doc={doc} />}</QueryView>;
}

export default function WeightsPage() {
  const { t } = useTranslation();
  return (
    <ProvinceSettingsPage title={t('weights.title')} intro={t('weights.intro')}>
      {(province) => (
        <>
          <ProvinceWeights key={province} province={province} />
          <Exposure province={province} />
        </>
      )}
    </ProvinceSettingsPage>
  );
}
