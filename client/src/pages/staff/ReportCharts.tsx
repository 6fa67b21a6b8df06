import { Bar, Legend } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '@ketnoi/contract';
import type { Labels } from '../../api/hooks/reference.js';
import { HorizontalBarChart } from '../../components/HorizontalBarChart.js';
import { Table } from '../../components/Table.js';

/** Words of `text` in at most `lines` lines of about `width` characters; the last ends in "…" if cut. */
export function wrapLabel(text: string, width = 20, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

/**
 * An axis label on its own lines, right-aligned to the axis, so long Vietnamese labels never run
 * into each other (issue 14 item 22); the full text is its tooltip.
 */
function WrappedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const text = String(payload?.value ?? '');
  const lines = wrapLabel(text);
  const lineHeight = 14;
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <title>{text}</title>
      <text textAnchor="end" fontSize={12} fill="currentColor" x={-6} y={-((lines.length - 1) * lineHeight) / 2 + 4}>
        {lines.map((line, i) => (
          <tspan key={i} x={-6} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

// Colours chosen for contrast on white and to stay apart for common colour-vision deficiencies.
const OPEN = '#b45309';
const RESOLVED = '#0b5c6b';
const FUNNEL = '#1d4ed8';

export function CategoryChart({ summary, labels }: { summary: ReportSummary; labels: Labels }) {
  const { t } = useTranslation();
  // The short form of a category ("Đăng ký nhãn hiệu, sở hữu trí tuệ" → "Đăng ký nhãn hiệu") keeps
  // axis labels on one or two lines; the table below keeps the full name.
  const data = Object.entries(summary.needs.byCategory).map(([code, v]) => ({
    name: labels.category(code).split(',')[0]!.trim(),
    fullName: labels.category(code),
    open: v.open,
    resolved: v.resolved,
  }));
  return (
    <figure className="chart">
      <figcaption>{t('reports.byCategory')}</figcaption>
      <div className="chart__canvas" style={{ height: Math.max(240, data.length * 44) }} aria-hidden="true">
        <HorizontalBarChart data={data} tick={<WrappedTick />}>
          <Legend />
          <Bar dataKey="open" name={t('status.open')} stackId="n" fill={OPEN} />
          <Bar dataKey="resolved" name={t('status.resolved')} stackId="n" fill={RESOLVED} />
        </HorizontalBarChart>
      </div>
      {/* The same numbers as a table for screen readers (a wrapper, because tables ignore width: 1px). */}
      <div className="visually-hidden">
        <Table caption={t('reports.byCategory')} columns={[t('needs.category'), t('status.open'), t('status.resolved')]}>
          {data.map((row) => (
            <tr key={row.fullName}>
              <th scope="row">{row.fullName}</th>
              <td>{row.open}</td>
              <td>{row.resolved}</td>
            </tr>
          ))}
        </Table>
      </div>
    </figure>
  );
}

export function FunnelChart({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const steps = ['requested', 'accepted', 'consulted', 'resolved'] as const;
  const data = steps.map((step) => ({ name: t(`reports.funnel.${step}`), value: summary.funnel[step] }));
  return (
    <figure className="chart">
      <figcaption>{t('reports.funnelTitle')}</figcaption>
      <div className="chart__canvas" style={{ height: 200 }} aria-hidden="true">
        <HorizontalBarChart data={data} tick={<WrappedTick />}>
          <Bar dataKey="value" name={t('reports.count')} fill={FUNNEL} />
        </HorizontalBarChart>
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
