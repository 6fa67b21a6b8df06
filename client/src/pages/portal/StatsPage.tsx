import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicStats } from '../../api/hooks/portal.js';
import { useLabels, useReference } from '../../api/hooks/reference.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { PublicNav } from '../../components/PublicNav.js';
import { Loading, QueryView } from '../../components/States.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { ActivityBars } from './Figures.js';
import { usePortalProvince } from './province.js';

const StatsCharts = lazy(() => import('./StatsCharts.js'));

/** /stats: a province's (or the country's) public figures with charts; counts only. */
export default function StatsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const province = usePortalProvince();
  const [, update] = useUrlParams();
  const stats = usePublicStats(province);
  const title = province ? t('portal.figures.titleIn', { place: labels.province(province) }) : t('portal.stats.title');
  // Until the reference arrives a province reads as its code: the title waits for its name.
  const reference = useReference();
  usePageTitle(province && !reference.data ? undefined : pageTitle(title));
  const choose = (code: string) => update({ province: code });
  return (
    <div className="page public-page">
      <PublicNav province={province} />
      <h1>{title}</h1>
      <p className="muted">{t('portal.stats.lead')}</p>
      <div className="toolbar">
        <ProvinceSelect value={province ?? ''} onChange={choose} placeholder={t('portal.stats.national')} />
      </div>
      <QueryView query={stats}>
        {(data) => (
          <>
            <section className="card">
              <ActivityBars stats={data} />
            </section>
            <section className="card">
              <Suspense fallback={<Loading label={t('portal.stats.loadingCharts')} />}>
                <StatsCharts stats={data} />
              </Suspense>
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}
