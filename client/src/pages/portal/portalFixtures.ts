// Public portal test data the server could really send (parsed with the contract's schemas).
import { OpportunityOutput, PublicStatsOutput, type CalendarEvent, type Opportunity, type PublicStats } from '@ketnoi/contract';
import { calendarEvent as eventFixture } from '../../test/eventFixtures.js';
import { parsed, startupProfile, summaryOf } from '../../test/fixtures.js';

const AT = '2025-09-01T00:00:00.000Z';

export function publicStats(overrides: Partial<PublicStats> = {}): PublicStats {
  return parsed(PublicStatsOutput, {
    scope: { level: 'province', province: 'lang-son', region: null },
    startups: 8,
    experts: 3,
    investors: 2,
    providers: 1,
    needs: { opened: 16, resolved: 5 },
    intros: { accepted: 7 },
    consultations: { completed: 4 },
    outcomes: { trademark_filed: 2 },
    events: { held: 1, participants: 40 },
    ...overrides,
  });
}

/** The events fixture's startup day, moved to December 2026: no venue, cap or meetings, no topics. */
export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return eventFixture({
    title: 'Ngày hội Khởi nghiệp Lạng Sơn 2026',
    description: 'Gặp gỡ nhà đầu tư, trưng bày sản phẩm OCOP.',
    topics: [],
    startsAt: '2026-12-19T01:00:00.000Z',
    endsAt: '2026-12-19T10:00:00.000Z',
    venue: null,
    capacity: null,
    meetings: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}

export function opportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  const owner = startupProfile({ id: 'p-market', kind: 'startup', name: 'Siêu thị Kỳ Lừa' });
  return parsed(OpportunityOutput, {
    id: 'op-1',
    profileId: owner.id,
    profile: summaryOf(owner),
    type: 'request',
    category: 'distribution',
    title: 'Tìm nhà cung cấp mật ong OCOP',
    description: 'Siêu thị cần 200 chai mỗi tháng.',
    province: 'lang-son',
    sectors: [],
    expiresAt: '2027-03-01T00:00:00.000Z',
    status: 'open',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}
