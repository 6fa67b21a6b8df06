// Overlaps on the regional calendar: other published events of the same region within 30 days
// of an event that share a topic or its kind. Pure; the service loads the candidates with
// `overlapFilter`. The reasons are sentences a department reads before it merges or moves.
// An event belongs to the regions of its organiser and co-organisers (as on the calendar), so a
// joint event is checked against each of them.
import { EVENT_KIND_LABELS, type EventKind, OVERLAP_WINDOW_DAYS } from '@ketnoi/contract';
import { regionOf } from '@ketnoi/seeds';
import { DAY_MS } from '../../lib/clock.js';
import type { Filter } from '../../store/types.js';
import { joinLabels, needLabel, provinceName, regionName } from '../matching/criteria/labels.js';
import type { Lang } from '../matching/criteria/types.js';
import { vietnamDayStart, vietnamLocal } from '../reports/period.js';
import type { EventDoc } from './repository.js';

export interface PlannedEvent {
  id?: string | undefined;
  province: string;
  coOrganizers?: readonly string[] | undefined;
  startsAt: string;
  endsAt: string;
  topics: readonly string[];
  kind?: EventKind | undefined;
}

export interface Overlap {
  event: EventDoc;
  reasons: string[];
}

/** The regions of the organiser and the co-organisers, the organiser's first. */
function regionsOfPlanned(planned: PlannedEvent): string[] {
  const regions = [planned.province, ...(planned.coOrganizers ?? [])].map(regionOf);
  return [...new Set(regions.filter((r): r is NonNullable<typeof r> => !!r))];
}

/** Candidates: published, sharing one of its regions, within the window (topics and kind are judged after). */
export function overlapFilter(planned: PlannedEvent): Filter | null {
  const regions = regionsOfPlanned(planned);
  if (regions.length === 0) return null;
  const window = OVERLAP_WINDOW_DAYS * DAY_MS;
  return {
    status: 'published',
    regions: regions.length === 1 ? regions[0] : { $in: regions },
    startsAt: { $lte: new Date(Date.parse(planned.endsAt) + window).toISOString() },
    endsAt: { $gte: new Date(Date.parse(planned.startsAt) - window).toISOString() },
    ...(planned.id ? { _id: { $ne: planned.id } } : {}),
  };
}

/**
 * How far apart two events are: at the same time (their hours overlap; touching is not
 * overlapping), else the Vietnam days from the last day of the first to the start of the second
 * (0: the same day; an end at midnight belongs to the day before).
 */
export function separation(
  a: Pick<PlannedEvent, 'startsAt' | 'endsAt'>,
  b: Pick<PlannedEvent, 'startsAt' | 'endsAt'>,
): { together: boolean; days: number } {
  const [aStart, aEnd, bStart, bEnd] = [a.startsAt, a.endsAt, b.startsAt, b.endsAt].map(Date.parse) as [number, number, number, number];
  if (aStart < bEnd && bStart < aEnd) return { together: true, days: 0 };
  const [firstEnd, secondStart] = aEnd <= bStart ? [aEnd, bStart] : [bEnd, aStart];
  return { together: false, days: (vietnamDayStart(secondStart) - vietnamDayStart(firstEnd - 1)) / DAY_MS };
}

export function findOverlaps(planned: PlannedEvent, candidates: readonly EventDoc[], lang: Lang): Overlap[] {
  const regions = regionsOfPlanned(planned);
  const found: { overlap: Overlap; days: number }[] = [];
  for (const other of candidates) {
    const region = regions.find((r) => other.regions.includes(r));
    if (other._id === planned.id || other.status !== 'published' || !region) continue;
    const apart = separation(planned, other);
    if (apart.days > OVERLAP_WINDOW_DAYS) continue;
    const sharedTopics = other.topics.filter((t) => planned.topics.includes(t));
    const sameKind = planned.kind !== undefined && other.kind === planned.kind;
    if (sharedTopics.length === 0 && !sameKind) continue;
    // The same time first, then the same day, then by days apart.
    const order = apart.together ? -1 : apart.days;
    found.push({ overlap: { event: other, reasons: reasonsFor(other, region, apart, sharedTopics, sameKind, lang) }, days: order });
  }
  return found.sort((a, b) => a.days - b.days || a.overlap.event.startsAt.localeCompare(b.overlap.event.startsAt)).map((f) => f.overlap);
}

function reasonsFor(
  other: EventDoc,
  region: string,
  { together, days }: { together: boolean; days: number },
  topics: string[],
  sameKind: boolean,
  lang: Lang,
): string[] {
  const r = regionName(region);
  const organiser = provinceName(other.province);
  const day = vietnamLocal(other.startsAt, false).split('-').reverse().join('/');
  const reasons =
    lang === 'vi'
      ? [
          `Cùng vùng ${r.vi}, do ${organiser.vi} tổ chức`,
          together ? `Trùng thời gian (bắt đầu ${day})` : days === 0 ? `Cùng ngày (bắt đầu ${day})` : `Cách ${days} ngày (bắt đầu ${day})`,
        ]
      : [
          `Same region (${r.en}), organised by ${organiser.en}`,
          together
            ? `At the same time (starts ${day})`
            : days === 0
              ? `On the same day (starts ${day})`
              : `${days} day${days === 1 ? '' : 's'} apart (starts ${day})`,
        ];
  if (topics.length) {
    const labels = joinLabels(topics.map(needLabel));
    reasons.push(lang === 'vi' ? `Cùng chủ đề: ${labels.vi}` : `Same topic: ${labels.en}`);
  }
  if (sameKind) {
    const kind = EVENT_KIND_LABELS[other.kind];
    reasons.push(lang === 'vi' ? `Cùng loại sự kiện: ${kind.vi.toLocaleLowerCase('vi')}` : `Same kind of event: ${kind.en.toLowerCase()}`);
  }
  return reasons;
}
