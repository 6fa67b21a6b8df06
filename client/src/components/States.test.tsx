// Offline, a query waits for the network instead of failing: the loading state says so, and the
// data shows by itself once the network is back.
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { onlineManager, useQuery } from '@tanstack/react-query';
import { QueryView } from './States.js';
import { renderApp } from '../test/render.js';

function Figures() {
  const query = useQuery({ queryKey: ['figures'], queryFn: async () => ({ startups: 12 }) });
  return <QueryView query={query}>{(data) => <p>{data.startups} doanh nghiệp</p>}</QueryView>;
}

afterEach(() => onlineManager.setOnline(true));

describe('loading without a network', () => {
  it('says it waits for the network, then shows the data when it is back', async () => {
    onlineManager.setOnline(false);
    renderApp(<Figures />);
    expect(await screen.findByRole('status')).toHaveTextContent('Đang chờ mạng… Trang sẽ tải khi có kết nối.');
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText('12 doanh nghiệp')).toBeInTheDocument();
  });

  it('says it is loading while online', async () => {
    renderApp(<Figures />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
    expect(await screen.findByText('12 doanh nghiệp')).toBeInTheDocument();
  });
});
