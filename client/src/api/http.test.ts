import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { ApiError, apiUrl, request } from './http.js';
import { errorMessage, fieldErrors } from './errors.js';
import { mockApi } from '../test/mockApi.js';
import { FieldIssue } from '@ketnoi/contract';

const t = i18next.t.bind(i18next);

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends JSON with same-origin credentials and parses the answer', async () => {
    const api = mockApi({ 'POST /api/needs': { status: 201, body: { id: 'n-1' } } });
    await expect(request('POST', '/api/needs', { body: { title: 'x' } })).resolves.toEqual({ id: 'n-1' });
    const init = api.fetchMock.mock.calls[0]![1]!;
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(api.calls[0]!.body).toEqual({ title: 'x' });
  });

  it('turns the contract error body into a typed ApiError', async () => {
    mockApi({
      'GET /api/intros/x': { status: 409, body: { error: { code: 'invalid_transition', message: 'no', details: { from: 'accepted' } } } },
    });
    const error = await request('GET', '/api/intros/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_transition', status: 409, details: { from: 'accepted' } });
    expect(errorMessage(error, t)).toBe('Trạng thái đã thay đổi, không thể thực hiện bước này nữa. Hãy tải lại.');
  });

  it('falls back on the HTTP status when the body is not the contract shape', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 503 })),
    );
    await expect(request('GET', '/api/health')).rejects.toMatchObject({ code: 'unavailable', status: 503 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request('GET', '/api/health')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });

  it('returns undefined for 204 and leaves empty query parameters out', async () => {
    mockApi({ 'POST /api/auth/logout': { status: 204 } });
    await expect(request('POST', '/api/auth/logout')).resolves.toBeUndefined();
    expect(apiUrl('/api/search', { q: 'mật ong', kind: undefined, province: '', limit: 20 })).toBe(
      '/api/search?q=m%E1%BA%ADt+ong&limit=20',
    );
  });
});

describe('fieldErrors', () => {
  /** A validation_failed error as the server sends it: `details` is a list of the contract's FieldIssue. */
  const validationFailed = (issues: FieldIssue[]) =>
    new ApiError(
      'validation_failed',
      400,
      'Some fields are not valid.',
      issues.map((issue) => FieldIssue.parse(issue)),
    );

  it('reads the FieldIssue list, translating the zod codes it knows', () => {
    const error = validationFailed([
      { path: 'email', message: 'Enter a valid email address.', code: 'invalid_format' },
      { path: 'email', message: 'A second issue of the same field', code: 'custom' },
      { path: 'password', message: 'The password needs at least 10 characters.', code: 'too_small' },
      { path: 'contact.phone', message: 'Số điện thoại không hợp lệ' },
    ]);
    expect(fieldErrors(error, t)).toEqual({
      email: 'Giá trị không hợp lệ.',
      password: 'The password needs at least 10 characters.',
      'contact.phone': 'Số điện thoại không hợp lệ',
    });
  });

  it('reads no other shape of details: the contract has one', () => {
    expect(fieldErrors(new ApiError('validation_failed', 400, 'bad', { name: ['Required'] }), t)).toEqual({});
    expect(fieldErrors(new ApiError('validation_failed', 400, 'bad', { issues: [{ path: 'ticket.min', message: 'x' }] }), t)).toEqual({});
    expect(fieldErrors(new ApiError('validation_failed', 400, 'bad', [{ path: ['email'], message: 'x' }]), t)).toEqual({});
  });

  it('returns nothing for other errors', () => {
    expect(fieldErrors(new ApiError('conflict', 409, 'dup'), t)).toEqual({});
    expect(fieldErrors(new Error('x'), t)).toEqual({});
  });
});
