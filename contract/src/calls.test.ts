// The rules the server and the web form share: answers against questions, scores against
// criteria, the shape of a call, and codes made from Vietnamese labels.
import { describe, expect, it } from 'vitest';
import { CallBody, codeFromLabel, entryBodyFor } from './calls.js';
import { scoreBodyFor } from './judging.js';

const questions = [
  { code: 'sector', label: 'Lĩnh vực', type: 'choice' as const, options: ['Nông nghiệp', 'Du lịch'], required: true },
  { code: 'problem', label: 'Vấn đề', type: 'text' as const, required: true },
  { code: 'team_size', label: 'Số thành viên', type: 'number' as const, required: false },
];
const criteria = [
  { code: 'novelty', max: 10 },
  { code: 'market', max: 20 },
];

describe('entryBodyFor', () => {
  const schema = entryBodyFor(questions);
  const body = (answers: Record<string, unknown>) => ({ title: 'Mật ong', summary: 'Mật ong sạch', answers });
  const paths = (answers: Record<string, unknown>) => {
    const result = schema.safeParse(body(answers));
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('takes complete answers, optional ones left out', () => {
    expect(paths({ sector: 'Du lịch', problem: 'Khách không biết đường' })).toEqual([]);
  });

  it('names each required answer missing or blank, each of the wrong type, each unknown', () => {
    expect(paths({ problem: '  ' })).toEqual(['answers.sector', 'answers.problem']);
    expect(paths({ sector: 'Vũ trụ', problem: 3, team_size: 'ba', extra: 'x' }).sort()).toEqual([
      'answers.extra',
      'answers.problem',
      'answers.sector',
      'answers.team_size',
    ]);
  });

  it('cleans text before judging it (NFC, invisible characters)', () => {
    const result = schema.parse(body({ sector: 'Du lịch', problem: 'Mu\u0300a\u200b' }));
    expect(result.answers.problem).toBe('Mùa');
  });
});

describe('scoreBodyFor', () => {
  const paths = (scores: Record<string, number>) => {
    const result = scoreBodyFor(criteria).safeParse({ scores });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('needs every criterion within 0..max, at most two decimals', () => {
    expect(paths({ novelty: 0, market: 19.75 })).toEqual([]);
    expect(paths({ novelty: 10.5, market: 1.125, charm: 1 })).toEqual([
      'scores.charm: This call has no such criterion.',
      'scores.novelty: Give 0 to 10 points.',
      'scores.market: Use at most two decimals.',
    ]);
    expect(paths({ novelty: 3 })).toEqual(['scores.market: Score every criterion.']);
  });
});

describe('CallBody', () => {
  const call = {
    closesAt: '2026-03-12T09:00:00+07:00',
    questions,
    criteria: [{ code: 'novelty', label: 'Tính mới', weight: 1.5, max: 10 }],
    judges: ['u1', 'u1', 'u2'],
    normalizeJudges: false,
  };

  it('takes positive weights that need not add up to one, and drops repeated judges', () => {
    const parsed = CallBody.parse(call);
    expect(parsed.judges).toEqual(['u1', 'u2']);
    expect(parsed.rules).toBe('');
  });

  it('refuses repeated codes, choices without options, options elsewhere, a window closing before it opens', () => {
    const result = CallBody.safeParse({
      ...call,
      opensAt: '2026-03-13T00:00:00Z',
      questions: [
        { code: 'a', label: 'A', type: 'choice', options: ['x'], required: true },
        { code: 'a', label: 'B', type: 'text', options: ['y'], required: false },
      ],
      criteria: [call.criteria[0], call.criteria[0]],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'closesAt',
      'criteria.1.code',
      'questions.0.options',
      'questions.1.code',
      'questions.1.options',
    ]);
  });

  it('refuses codes that are not lowercase ASCII', () => {
    expect(CallBody.safeParse({ ...call, criteria: [{ ...call.criteria[0], code: 'Tính mới' }] }).success).toBe(false);
  });
});

describe('codeFromLabel', () => {
  it('folds Vietnamese labels into codes, unique among those taken', () => {
    expect(codeFromLabel('Tính mới, sáng tạo')).toBe('tinh_moi_sang_tao');
    expect(codeFromLabel('Đội ngũ')).toBe('doi_ngu');
    expect(codeFromLabel('Đội ngũ', ['doi_ngu', 'doi_ngu_2'])).toBe('doi_ngu_3');
    expect(codeFromLabel('2 năm')).toBe('m_2_nam');
    expect(codeFromLabel('!!!')).toBe('muc');
  });
});
