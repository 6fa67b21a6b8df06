import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ReportsSummary } from '../../api/types.js';
import type { Labels } from '../../api/hooks/reference.js';

// Colours chosen for contrast on white and to stay apart for common colour-vision deficiencies.
const OPEN = '#b45309';
const RESOLVED = '#0b5c6b';
const FUNNEL = '#1d4ed8';

export function CategoryChart({ summary, labels }: { summary: ReportsSummary; labels: Labels }) {
  const { t } = useTranslation();
  const data = Object.entries(summary.needs.byCategory).map(([code, v]) => ({
    name: labels.category(code),
    open: v.open,
    resolved: v.resolved,
  }));
  return (
    <figure className="chart">
      <figcaption>{t('reports.byCategory')}</figcaption>
      <div className="chart__canvas" style={{ height: Math.max(240, data.length * 38) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Bar dataKey="open" name={t('status.open')} stackId="n" fill={OPEN} />
            <Bar dataKey="resolved" name={t('status.resolved')} stackId="n" fill={RESOLVED} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* The same numbers as a table for screen readers (a wrapper, because tables ignore width: 1px). */}
      <div className="visually-hidden">
        <table className="table">
          <caption>{t('reports.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('needs.category')}</th>
              <th scope="col">{t('status.open')}</th>
              <th scope="col">{t('status.resolved')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{row.open}</td>
                <td>{row.resolved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export function FunnelChart({ summary }: { summary: ReportsSummary }) {
  const { t } = useTranslation();
  const steps = ['requested', 'accepted', 'consulted', 'resolved'] as const;
  const data = steps.map((step) => ({ name: t(`reports.funnel.${step}`), value: summary.funnel[step] }));
  return (
    <figure className="chart">
      <figcaption>{t('reports.funnelTitle')}</figcaption>
      <div className="chart__canvas" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ left: 0, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" name={t('reports.count')} fill={FUNNEL} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ol className="funnel-list">
        {data.map((row) => (
          <li key={row.name}>
            {row.name}: <strong>{row.value}</strong>
          </li>
        ))}
      </ol>
    </figure>
  );
}
