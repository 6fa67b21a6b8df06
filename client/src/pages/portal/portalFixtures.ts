// Public portal test data the server could really send (parsed with the contract's schemas).
import {
  EventOutput,
  OpportunityOutput,
  PublicStatsOutput,
  type CalendarEvent,
  type Opportunity,
  type PublicStats,
} from '@ketnoi/contract';
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

export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return parsed(EventOutput, {
    id: 'ev-1',
    kind: 'startup_day',
    title: 'Ngày hội Khởi nghiệp Lạng Sơn 2026',
    description: 'Gặp gỡ nhà đầu tư, trưng bày sản phẩm OCOP.',
    province: 'lang-son',
    region: 'trung-du-mien-nui-phia-bac',
    coOrganizers: [],
    topics: [],
    startsAt: '2026-12-19T01:00:00.000Z',
    endsAt: '2026-12-19T10:00:00.000Z',
    venue: null,
    online: false,
    capacity: null,
    registration: { opensAt: null, closesAt: null },
    registrationOpen: true,
    meetings: null,
    status: 'published',
    organizerId: 'u-staff',
    registered: 12,
    waitlisted: 0,
    checkedIn: 0,
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
