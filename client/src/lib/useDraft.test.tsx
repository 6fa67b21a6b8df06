import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Me } from '@ketnoi/contract';
import { queryKeys } from '../api/keys.js';
import { meAs, startupProfile } from '../test/fixtures.js';
import { clearDraftsOf, draftKey, useDraft, type DraftScope } from './useDraft.js';

interface Values {
  title: string;
  tags: string[];
}
const START: Values = { title: '', tags: [] };
const scope: DraftScope = { form: 'need', id: 'new' };
const founder = meAs(startupProfile());
const key = draftKey(founder.user.id, scope);

function mount(options: { me?: Me | null; scope?: DraftScope | null; start?: Values } = {}) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(queryKeys.me, options.me === undefined ? founder : options.me);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => useDraft(options.scope === undefined ? scope : options.scope, options.start ?? START), { wrapper });
}

const stored = () => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Values | null;

describe('useDraft', () => {
  it('starts from the starting values with no note when nothing was kept', () => {
    const { result } = mount();
    expect(result.current.values).toEqual(START);
    expect(result.current.noticeShown).toBe(false);
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('keeps every change under the user, form and object, and restores it with the note on the next mount', () => {
    const first = mount();
    act(() => first.result.current.setValues({ title: 'Mã vạch', tags: ['a'] }));
    expect(stored()).toEqual({ title: 'Mã vạch', tags: ['a'] });
    first.unmount();

    const second = mount();
    expect(second.result.current.values).toEqual({ title: 'Mã vạch', tags: ['a'] });
    expect(second.result.current.noticeShown).toBe(true);
  });

  it('keeps nothing in localStorage', () => {
    const { result } = mount();
    act(() => result.current.setValues({ title: 'Số điện thoại 0912 345 678', tags: [] }));
    expect(localStorage.length).toBe(0);
  });

  it('drops the entry when the form is back to its starting values', () => {
    const { result } = mount();
    act(() => result.current.setValues({ title: 'x', tags: [] }));
    act(() => result.current.setValues(START));
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('does not restore a draft equal to the starting values (an untouched edit form)', () => {
    const saved = { title: 'Đã gửi', tags: [] };
    sessionStorage.setItem(key, JSON.stringify(saved));
    const { result } = mount({ start: saved });
    expect(result.current.noticeShown).toBe(false);
  });

  it('dismiss hides the note and keeps the text', () => {
    sessionStorage.setItem(key, JSON.stringify({ title: 'Mã vạch', tags: [] }));
    const { result } = mount();
    act(() => result.current.dismiss());
    expect(result.current.noticeShown).toBe(false);
    expect(result.current.values.title).toBe('Mã vạch');
    expect(stored()).toEqual({ title: 'Mã vạch', tags: [] });
  });

  it('discard forgets the draft and puts the starting values back', () => {
    sessionStorage.setItem(key, JSON.stringify({ title: 'Mã vạch', tags: [] }));
    const { result } = mount();
    act(() => result.current.discard());
    expect(result.current.values).toEqual(START);
    expect(result.current.noticeShown).toBe(false);
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('clear after a save forgets the draft; the values left in the form are not written again, a new change is', () => {
    const { result } = mount();
    act(() => result.current.setValues({ title: 'Mã vạch', tags: [] }));
    act(() => result.current.clear());
    expect(sessionStorage.getItem(key)).toBeNull();
    expect(result.current.values.title).toBe('Mã vạch');
    act(() => result.current.setValues({ title: 'Mã vạch mới', tags: [] }));
    expect(stored()).toEqual({ title: 'Mã vạch mới', tags: [] });
  });

  it('another user signed in on the tab does not get the draft', () => {
    sessionStorage.setItem(key, JSON.stringify({ title: 'Mã vạch', tags: [] }));
    const other: Me = { ...founder, user: { ...founder.user, id: 'u-other' } };
    const { result } = mount({ me: other });
    expect(result.current.values).toEqual(START);
    expect(result.current.noticeShown).toBe(false);
  });

  it('keeps nothing when turned off or signed out', () => {
    const off = mount({ scope: null });
    act(() => off.result.current.setValues({ title: 'x', tags: [] }));
    const signedOut = mount({ me: null });
    act(() => signedOut.result.current.setValues({ title: 'y', tags: [] }));
    expect(sessionStorage.length).toBe(0);
  });

  it('a stored value that is not JSON is ignored', () => {
    sessionStorage.setItem(key, '{broken');
    const { result } = mount();
    expect(result.current.values).toEqual(START);
  });

  it('clearDraftsOf removes that user’s drafts only', () => {
    sessionStorage.setItem(key, '{}');
    sessionStorage.setItem(draftKey(founder.user.id, { form: 'chat', id: 'c-1' }), '"hi"');
    sessionStorage.setItem(draftKey('u-other', scope), '{}');
    sessionStorage.setItem('ketnoi.staleBuild', '1');
    clearDraftsOf(founder.user.id);
    expect(Object.keys(sessionStorage).sort()).toEqual([draftKey('u-other', scope), 'ketnoi.staleBuild'].sort());
  });
});
