// Programme history for the reports benchmark: intros with their status histories, needs and
// consultations in proportion (30 % and 20 % of the intros), and matcher exposure counts, in the
// stored shapes of docs/DATA.md, spread over one year across the 34 provinces.
import type { ConsultationDoc } from '../../server/src/modules/consultations/repository.js';
import type { IntroDoc } from '../../server/src/modules/intros/repository.js';
import type { ExposureDoc } from '../../server/src/modules/matching/exposureLog.js';
import type { NeedDoc, StatusChange } from '../../server/src/modules/needs/repository.js';
import type { OutcomeTagCode } from '@ketnoi/contract';
import { needCategoryCodes } from '@ketnoi/seeds';
import { PROVINCES } from './profile-docs.js';
import type { Random } from './random.js';
import { pick, randomInt } from './random.js';

const CATEGORIES = needCategoryCodes;
const TAGS: OutcomeTagCode[] = [
  'trademark_filed',
  'trademark_granted',
  'standard_certified',
  'label_compliant',
  'distribution_contract',
  'workspace_granted',
  'training_done',
  'other',
];
const TITLES = [
  'Đăng ký nhãn hiệu mật ong chanh rừng',
  'Mã vạch và nhãn hàng hoá cho thạch đen',
  'Đưa mì ngô vào siêu thị',
  'Mượn hội trường tập huấn',
  'Gọi vốn cho thiết bị IoT',
];
const YEAR_START = Date.parse('2025-01-01T00:00:00Z');
const YEAR_MS = 365 * 86_400_000;
const HOUR = 3_600_000;

const iso = (t: number) => new Date(t).toISOString();
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(7, '0')}`;

export interface ReportData {
  needs: NeedDoc[];
  intros: IntroDoc[];
  consultations: ConsultationDoc[];
  exposure: ExposureDoc[];
}

/** `count` intros numbered from `from`, with the needs and consultations that go with them. */
export function generateReportBatch(random: Random, from: number, count: number): ReportData {
  const out: ReportData = { needs: [], intros: [], consultations: [], exposure: [] };
  for (let n = from; n < from + count; n++) {
    const province = PROVINCES[n % PROVINCES.length]!;
    const created = YEAR_START + randomInt(random, YEAR_MS);
    const startupId = id('s', n % 20_000);
    const helperId = id('h', randomInt(random, 3_000));
    // Three intros in ten carry a need of their own (so needs are 30 % of intros).
    let needId: string | null = null;
    if (n % 10 < 3) {
      needId = id('n', n);
      const history: StatusChange[] = [{ at: iso(created - 2 * 86_400_000), by: 'u', from: null, to: 'open' }];
      let t = created - 2 * 86_400_000;
      const steps = randomInt(random, 4);
      const path = ['in_progress', 'resolved', 'open', 'resolved'];
      for (let i = 0; i < steps; i++) {
        t += (1 + randomInt(random, 240)) * HOUR;
        history.push({ at: iso(t), by: 'u', from: history[history.length - 1]!.to, to: path[i]! });
      }
      out.needs.push({
        _id: needId,
        startupId,
        category: pick(random, CATEGORIES),
        title: pick(random, TITLES),
        description: 'Mô tả nhu cầu',
        urgency: 'normal',
        status: history[history.length - 1]!.to as NeedDoc['status'],
        province,
        history,
        suggestedCategories: [],
        createdBy: 'u',
        createdAt: history[0]!.at,
        updatedAt: history[history.length - 1]!.at,
      });
    }
    const staffGate = n % 7 === 0;
    const history: StatusChange[] = [{ at: iso(created), by: 'u', from: null, to: staffGate ? 'pending_staff' : 'pending' }];
    let t = created;
    if (staffGate) {
      t += (1 + randomInt(random, 48)) * HOUR;
      history.push({ at: iso(t), by: 'staff', from: 'pending_staff', to: 'pending' });
    }
    const roll = random();
    const outcome = roll < 0.55 ? 'accepted' : roll < 0.75 ? 'declined' : roll < 0.85 ? 'withdrawn' : roll < 0.97 ? 'expired' : null;
    let firstResponseAt: string | null = null;
    if (outcome) {
      t += (1 + randomInt(random, outcome === 'expired' ? 1 : 160)) * HOUR + (outcome === 'expired' ? 7 * 86_400_000 : 0);
      history.push({ at: iso(t), by: 'u', from: 'pending', to: outcome });
      if (outcome === 'accepted' || outcome === 'declined') firstResponseAt = iso(t);
    }
    out.intros.push({
      _id: id('i', n),
      fromProfileId: startupId,
      toProfileId: helperId,
      needId,
      message: 'Xin được kết nối để được tư vấn.',
      brokeredBy: null,
      status: history[history.length - 1]!.to as IntroDoc['status'],
      awaiting: [],
      acceptedBy: outcome === 'accepted' ? [helperId] : [],
      conversationId: null,
      province,
      startupId,
      targetKind: 'expert',
      firstResponseAt,
      declinedBy: null,
      declinedAt: null,
      declineReason: null,
      history,
      expiresAt: iso(created + 7 * 86_400_000),
      createdAt: iso(created),
      updatedAt: iso(t),
    });
    // Two intros in ten end in a consultation (20 % of intros).
    if (outcome === 'accepted' && n % 10 >= 3 && n % 10 < 7 && out.consultations.length < count * 0.2) {
      const scheduled = t + randomInt(random, 72) * HOUR;
      const done = random() < 0.85;
      const end = scheduled + (24 + randomInt(random, 120)) * HOUR;
      out.consultations.push({
        _id: id('c', n),
        introId: id('i', n),
        startupId,
        helperId,
        helperKind: 'expert',
        needId,
        province,
        startsAt: iso(end - HOUR),
        endsAt: iso(end),
        durationMinutes: 60,
        mode: 'online',
        location: null,
        resource: null,
        status: done ? 'completed' : 'cancelled',
        outcome: done ? { tags: [pick(random, TAGS)] } : null,
        completedAt: done ? iso(end) : null,
        cancelReason: null,
        feedback: done && random() < 0.7 ? { rating: 1 + randomInt(random, 5), at: iso(end + 24 * HOUR) } : null,
        history: [
          { at: iso(scheduled), by: 'u', from: null, to: 'scheduled' },
          { at: iso(end), by: 'u', from: 'scheduled', to: done ? 'completed' : 'cancelled' },
        ],
        createdAt: iso(scheduled),
        updatedAt: iso(done && random() < 0.7 ? end + 24 * HOUR : end),
      });
    }
  }
  return out;
}

export function generateExposure(random: Random, candidates: number): ExposureDoc[] {
  return Array.from({ length: candidates }, (_, n) => ({
    _id: id('h', n),
    profileId: id('h', n),
    kind: 'expert',
    province: PROVINCES[n % PROVINCES.length]!,
    shown: 1 + randomInt(random, 500),
    lastShownAt: iso(YEAR_START + YEAR_MS),
    firstShownAt: iso(YEAR_START),
    byDay: { '2025-12-31': 1 + randomInt(random, 5) },
  }));
}
