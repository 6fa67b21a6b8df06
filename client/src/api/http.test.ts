import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import i18next from 'i18next';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import type { Consultation, Registration } from '@ketnoi/contract';
import { ApiError, apiErrorFrom, apiUrl, call, endpointPath, request } from './http.js';
import { errorMessage, fieldErrors } from './errors.js';
import { mockApi } from '../test/mockApi.js';
import { FieldIssue } from '@ketnoi/contract';

const t = i18next.t.bind(i18next);

describe('request', () => {
  it('sends JSON with same-origin credentials and parses the answer', async () => {
    const api = mockApi({ 'POST /api/needs': { status: 201, body: { id: 'n-1' } } });
    await expect(request('POST', '/api/needs', { body: { title: 'x' } })).resolves.toEqual({ id: 'n-1' });
    const init = api.fetchMock.mock.calls[0]![1]!;
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(api.calls[0]!.body).toEqual({ title: 'x' });
  });

  it('asks for the interface language, whatever the browser prefers', async () => {
    const api = mockApi({ 'GET /api/matches': { status: 200, body: { items: [], nextCursor: null } } });
    await request('GET', '/api/matches');
    await i18next.changeLanguage('en');
    await request('GET', '/api/matches');
    const languages = api.fetchMock.mock.calls.map(([, init]) => (init!.headers as Record<string, string>)['Accept-Language']);
    expect(languages).toEqual(['vi', 'en']);
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

describe('apiErrorFrom (fetch answers and the upload alike)', () => {
  it('reads the contract’s error body, and the status alone when the body is not one', () => {
    const refused = apiErrorFrom(
      415,
      'Unsupported Media Type',
      JSON.stringify({ error: { code: 'unsupported_media_type', message: 'No SVG' } }),
    );
    expect(refused).toMatchObject({ code: 'unsupported_media_type', status: 415, message: 'No SVG' });
    expect(apiErrorFrom(413, 'Payload Too Large', '<html>nginx</html>')).toMatchObject({
      code: 'payload_too_large',
      message: 'Payload Too Large',
    });
    expect(apiErrorFrom(502, 'Bad Gateway', '').code).toBe('internal_error');
    expect(apiErrorFrom(418, "I'm a teapot", '').code).toBe('unknown');
  });
});

describe('call', () => {
  it('fills the declared path with encoded params and sends the body as JSON', async () => {
    const api = mockApi({ 'POST /api/consultations/a%2Fb%20c/reschedule': { status: 200, body: { id: 'a/b c' } } });
    const moved = await call(endpoints.consultations.reschedule, { params: { id: 'a/b c' }, body: { startsAt: '2026-01-05T09:00:00Z' } });
    expect(moved).toEqual({ id: 'a/b c' });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]).toMatchObject({ method: 'POST', body: { startsAt: '2026-01-05T09:00:00Z' } });
    expect(api.fetchMock.mock.calls[0]![0]).toBe('/api/consultations/a%2Fb%20c/reschedule');
    expectTypeOf(moved).toEqualTypeOf<Consultation>();
  });

  it('fills every param of a nested path and builds the query by the apiUrl rules', async () => {
    const api = mockApi({ 'GET /api/events/e%201/registrations': { status: 200, body: { items: [], nextCursor: null } } });
    await call(endpoints.events.registrations, { params: { id: 'e 1' }, query: { status: 'registered', cursor: '', limit: 5 } });
    expect(api.fetchMock.mock.calls[0]![0]).toBe('/api/events/e%201/registrations?status=registered&limit=5');
    expect(api.calls[0]!.body).toBeUndefined();
    expect(endpointPath(endpoints.events.cancelRegistration, { id: 'e1', registrationId: 'r/2' })).toBe(
      '/api/events/e1/registrations/r%2F2',
    );
  });

  it('sends {} to a POST without a body, and answers undefined for 204', async () => {
    const api = mockApi({
      'POST /api/intros/i1/accept': { status: 200, body: { id: 'i1' } },
      'DELETE /api/events/e1/registrations/me': { status: 204 },
    });
    await call(endpoints.intros.accept, { params: { id: 'i1' } });
    expect(api.calls[0]!.body).toEqual({});
    const none = await call(endpoints.events.cancelOwnRegistration, { params: { id: 'e1' } });
    expect(none).toBeUndefined();
    expectTypeOf(none).toEqualTypeOf<void>();
    expect(api.calls[1]).toMatchObject({ method: 'DELETE', body: undefined });
  });

  it('turns an error body into an ApiError and passes the abort signal on', async () => {
    const api = mockApi({
      'POST /api/events/e1/checkin': { status: 409, body: { error: { code: 'conflict', message: 'Already checked in' } } },
    });
    const controller = new AbortController();
    const error = await call(
      endpoints.events.checkIn,
      { params: { id: 'e1' }, body: { code: 'K-1' } },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'conflict', status: 409, message: 'Already checked in' });
    expect(api.fetchMock.mock.calls[0]![1]!.signal).toBe(controller.signal);
  });

  it('types input and answer from the declaration', () => {
    // Never run: the compiler checks these lines (npm run typecheck).
    const typeChecks = () => {
      expectTypeOf(call(endpoints.events.register, { params: { id: 'e1' }, body: {} })).resolves.toEqualTypeOf<Registration>();
      // @ts-expect-error a declared param is required
      void call(endpoints.intros.accept);
      // @ts-expect-error a body field the declaration does not know
      void call(endpoints.consultations.reschedule, { params: { id: 'c1' }, body: { startsAt: 'x', when: 'y' } });
      // @ts-expect-error no body is declared for a GET
      void call(endpoints.conversations.list, { body: {} });
      // @ts-expect-error a CSV download is a link, not a call
      void call(endpoints.reports.exportCsv, { query: { province: 'hue' } });
      // @ts-expect-error an upload is multipart, not a call
      void call(endpoints.files.upload);
    };
    expect(typeChecks).toBeTypeOf('function');
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
