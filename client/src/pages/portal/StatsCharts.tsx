// The charts of the public statistics page. recharts is heavy: this module is loaded only by that
// page, after its figures have arrived (React.lazy), never with the landing page.
import { Bar, Cell } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '@ketnoi/contract';
import { HorizontalBarChart } from '../../components/HorizontalBarChart.js';
import { Table } from '../../components/Table.js';

const COLOURS = ['#0b5c6b', '#1d4e89', '#8a4b00', '#1d6b3a'];

function HiddenTable({ caption, rows }: { caption: string; rows: { name: string; value: number }[] }) {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden">
      <Table caption={caption} columns={[t('portal.stats.what'), t('portal.stats.count')]}>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}

function HorizontalBars({ caption, rows, height }: { caption: string; rows: { name: string; value: number }[]; height: number }) {
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div className="chart__canvas" style={{ height }} aria-hidden="true">
        <HorizontalBarChart data={rows} tick={{ fontSize: 12 }}>
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((row, i) => (
              <Cell key={row.name} fill={COLOURS[i % COLOURS.length]} />
            ))}
          </Bar>
        </HorizontalBarChart>
      </div>
      <HiddenTable caption={caption} rows={rows} />
    </figure>
  );
}

export default function StatsCharts({ stats }: { stats: PublicStats }) {
  const { t } = useTranslation();
  const people = (['startups', 'experts', 'investors', 'providers'] as const).map((key) => ({
    name: t(`portal.figures.${key}`),
    value: stats[key],
  }));
  const outcomes = Object.entries(stats.outcomes)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([tag, value]) => ({ name: t(`outcome.${tag}`, { defaultValue: tag }), value }));
  return (
    <div className="stats-charts">
      <HorizontalBars caption={t('portal.stats.people')} rows={people} height={220} />
      {outcomes.length > 0 ? (
        <HorizontalBars caption={t('portal.stats.outcomes')} rows={outcomes} height={Math.max(200, outcomes.length * 44)} />
      ) : (
        <p className="muted">{t('portal.stats.noOutcomes')}</p>
      )}
    </div>
  );
}
