import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiError } from './http.js';
import { errorMessage, fieldErrors } from './errors.js';

const t = i18next.t.bind(i18next);

describe('errorMessage', () => {
  it('says a refusal the server explains in the reader’s words, with its details', () => {
    const busy = new ApiError('conflict', 409, 'busy', {
      reason: 'expert_busy',
      busy: [{ startsAt: '2026-12-08T02:00:00.000Z', endsAt: '2026-12-08T03:00:00.000Z' }],
    });
    expect(errorMessage(busy, t)).toBe('Chuyên gia đã có lịch tư vấn từ 09:00 08/12/2026 đến 10:00 08/12/2026. Hãy chọn thời gian khác.');
    expect(errorMessage(new ApiError('conflict', 409, 'x', { reason: 'too_many_pending', limit: 5 }), t)).toBe(
      'Bạn đã có 5 lời đề nghị đang chờ trả lời. Hãy rút bớt một lời đề nghị hoặc chờ trả lời.',
    );
    expect(errorMessage(new ApiError('forbidden', 403, 'x', { reason: 'account_suspended' }), t)).toBe(
      'Tài khoản này đang bị tạm khoá. Hãy liên hệ quản trị viên KếtNối.',
    );
  });

  it('falls back on the code’s sentence for a reason it does not know', () => {
    expect(errorMessage(new ApiError('conflict', 409, 'x', { reason: 'something_new' }), t)).toBe(
      'Thao tác trùng hoặc mâu thuẫn với dữ liệu hiện có.',
    );
  });

  it('says what is wrong when a validation error names no field a form shows, never “check the marked fields”', () => {
    const error = new ApiError('validation_failed', 400, 'The period must end after it starts.', [{ path: 'query.to', message: 'bad' }]);
    expect(errorMessage(error, t)).toBe('Chưa hợp lệ: The period must end after it starts.');
  });
});

describe('fieldErrors', () => {
  it('uses a page’s own sentence for an issue it knows by code or path', () => {
    const error = new ApiError('validation_failed', 400, 'x', [
      { path: 'startsAt', message: 'outside', code: 'outside_opening_hours' },
      { path: 'checked', message: 'at least one' },
      { path: 'name', message: 'Enter a name.' },
    ]);
    expect(fieldErrors(error, t, { outside_opening_hours: 'Ngoài giờ', checked: 'Ghi rõ đã kiểm tra gì' })).toEqual({
      startsAt: 'Ngoài giờ',
      checked: 'Ghi rõ đã kiểm tra gì',
      name: 'Enter a name.',
    });
  });
});
