// Imports recharts (heavy): only modules loaded on demand (the stats charts, the staff reports) may import this one.
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisProps } from 'recharts';

/**
 * Bars laid across, so that every name keeps its label on the axis however narrow the screen. It fills
 * its box (give the box a height); `children` are the chart's Bars (and Legend). Every page gives the
 * same numbers as text (a table or a list) and hides the box from screen readers (`aria-hidden`), so the
 * chart takes no keyboard focus either (recharts' accessibility layer would make it a tab stop).
 */
export function HorizontalBarChart<Row extends { name: string }>({
  data,
  tick = { fontSize: 13 },
  children,
}: {
  data: Row[];
  tick?: YAxisProps['tick'];
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} interval={0} tick={tick} />
        <Tooltip />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
