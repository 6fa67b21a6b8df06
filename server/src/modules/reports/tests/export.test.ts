// GET /api/reports/export.csv on the scenario: bytes (BOM, CRLF), RFC 4180 quoting, Vietnamese
// intact, headers in Vietnamese with English, rows chosen by the period, same scope rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBytes, parseCsv } from '../../staff/tests/helpers.js';
import { buildScenario, FORMULA_TITLE, MARCH, TRICKY_TITLE, type Scenario } from './scenario.js';

let sc: Scenario;

beforeAll(async () => {
  sc = await buildScenario();
});
afterAll(() => sc.t.close());

async function csv(path: string) {
  const res = await getBytes(sc.staffLS, path);
  expect(res.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes);
  return { ...res, text, rows: parseCsv(text.slice(1)) };
}

describe('needs export', () => {
  it('is UTF-8 with a BOM, CRLF line endings, an attachment with a sensible name', async () => {
    const res = await csv(`/api/reports/export.csv?type=needs&${MARCH}`);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="ketnoi-needs-lang-son-2026-03-01_2026-03-31.csv"');
    // Every record ends with CRLF; the only bare LF is inside the quoted multi-line title.
    expect(res.text.endsWith('\r\n')).toBe(true);
    expect(res.text.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
  });

  it('has Vietnamese headers with English, and one row per need changed in the period', async () => {
    const { rows } = await csv(`/api/reports/export.csv?type=needs&${MARCH}`);
    expect(rows[0]).toEqual([
      'Mã nhu cầu (Need ID)',
      'Thời điểm tạo (Created at, UTC+7)',
      'Tỉnh/thành (Province)',
      'Khởi nghiệp (Startup)',
      'Nhóm nhu cầu (Category)',
      'Tiêu đề (Title)',
      'Mức độ (Urgency)',
      'Trạng thái cuối kỳ (Status at end of period)',
      'Mở trong kỳ (Opened in period)',
      'Giải quyết trong kỳ (Resolved in period)',
      'Lịch sử trạng thái (Status history)',
    ]);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byId.keys()].sort()).toEqual([sc.needs.A, sc.needs.B, sc.needs.C, sc.needs.D].sort()); // not E (1 April)
    const a = byId.get(sc.needs.A)!;
    expect(a.slice(1, 10)).toEqual([
      '2026-02-20 09:00',
      'Lạng Sơn',
      'Mật ong chanh rừng Chi Lăng',
      'Đăng ký nhãn hiệu, sở hữu trí tuệ',
      'Đăng ký nhãn hiệu "Mật ong chanh rừng Chi Lăng"',
      'Bình thường',
      'Đã giải quyết',
      '1',
      '1',
    ]);
    expect(a[10]).toBe(
      '2026-02-20 09:00 Đang mở; 2026-03-04 09:00 Đang xử lý; 2026-03-07 09:00 Đã giải quyết; 2026-03-10 09:00 Đang mở; 2026-03-20 09:00 Đã giải quyết',
    );
    expect(byId.get(sc.needs.B)!.slice(7, 10)).toEqual(['Đã giải quyết', '0', '1']);
    expect(byId.get(sc.needs.C)!.slice(7, 10)).toEqual(['Đã giải quyết', '1', '1']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Vietnamese intact', async () => {
    const { text, rows } = await csv(`/api/reports/export.csv?type=needs&${MARCH}`);
    expect(text).toContain('"Mượn hội trường ""Sở KH&CN"", 10 ngày\nđể tập huấn"');
    expect(rows.find((r) => r[0] === sc.needs.D)![5]).toBe(TRICKY_TITLE);
    expect(rows.find((r) => r[0] === sc.needs.C)![5]).toBe('Đưa thạch đen vào chuỗi siêu thị Happy Mart');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const { rows } = await csv('/api/reports/export.csv?type=needs');
    expect(rows.find((r) => r[0] === sc.needs.E)![5]).toBe(`'${FORMULA_TITLE}`);
  });

  it('lang=en: English headers and labels', async () => {
    const { rows, headers } = await csv(`/api/reports/export.csv?type=needs&lang=en&${MARCH}`);
    expect(rows[0]!.slice(0, 3)).toEqual(['Need ID', 'Created at, UTC+7', 'Province']);
    expect(rows.find((r) => r[0] === sc.needs.A)!.slice(2, 8)).toEqual([
      'Lang Son',
      'Mật ong chanh rừng Chi Lăng',
      'Trademark & IP',
      'Đăng ký nhãn hiệu "Mật ong chanh rừng Chi Lăng"',
      'Normal',
      'Resolved',
    ]);
    expect(headers.get('content-disposition')).toContain('ketnoi-needs-lang-son-2026-03-01_2026-03-31.csv');
  });
});

describe('intros and consultations exports', () => {
  it('intros changed in March, with status at the end of the period and hours to first answer', async () => {
    const { rows } = await csv(`/api/reports/export.csv?type=intros&${MARCH}`);
    expect(rows[0]![9]).toBe('Số giờ đến phản hồi đầu tiên (Hours to first answer)');
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byId.keys()].sort()).toEqual([sc.intros.X0, sc.intros.X2, sc.intros.X3, sc.intros.X4, sc.intros.X5].sort()); // not X1 (February), not X6 (Phú Thọ)
    expect(byId.get(sc.intros.X2)!.slice(3, 10)).toEqual([
      'Thạch đen Hồng Nhung, Tràng Định',
      'Chuyên gia Một',
      'Chuyên gia',
      'Đưa thạch đen vào chuỗi siêu thị Happy Mart',
      '',
      'Đã đồng ý',
      '6',
    ]);
    expect(byId.get(sc.intros.X3)!.slice(8, 10)).toEqual(['Đã từ chối', '24']);
    expect(byId.get(sc.intros.X5)!.slice(8, 10)).toEqual(['Chờ trả lời', '']); // accepted after the period
  });

  it('consultations with outcomes and ratings', async () => {
    const { rows } = await csv(`/api/reports/export.csv?type=consultations&${MARCH}`);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byId.keys()].sort()).toEqual([sc.consultations.K1, sc.consultations.K2, sc.consultations.K3].sort());
    expect(byId.get(sc.consultations.K1)!.slice(9, 13)).toEqual([
      'Đã hoàn thành',
      'Đã nộp đơn đăng ký nhãn hiệu',
      'Đã nộp đơn tại Cục SHTT',
      '3',
    ]);
    expect(byId.get(sc.consultations.K3)!.slice(9, 13)).toEqual(['Đã hủy', '', '', '']);
  });

  it('validates type and keeps the scope rules', async () => {
    expect((await sc.staffLS.get('/api/reports/export.csv?type=users')).status).toBe(400);
    expect((await sc.staffLS.get('/api/reports/export.csv')).status).toBe(400);
    expect((await sc.s1.client.get('/api/reports/export.csv?type=needs')).status).toBe(403);
    const national = await getBytes(sc.admin, `/api/reports/export.csv?type=needs&${MARCH}`);
    expect(national.headers.get('content-disposition')).toContain('ketnoi-needs-toan-quoc-2026-03-01_2026-03-31.csv');
    const rows = parseCsv(new TextDecoder().decode(national.bytes));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining([sc.needs.F, sc.needs.G]));
  });
});
