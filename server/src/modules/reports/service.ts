// GET /api/reports/summary and /api/reports/export.csv. Loads the rows a period can touch (one
// filtered read per collection), then computes every figure in one pass (figures.ts).
import type { z } from 'zod';
import type { SummaryQuery, ExportQuery as ExportQuerySchema } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { UnavailableError } from '../../lib/errors.js';
import { allOf } from '../../lib/filters.js';
import type { Collection, Filter } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ConsultationsRepository } from '../consultations/repository.js';
import type { IntrosRepository } from '../intros/repository.js';
import { EXPOSURE_WINDOW_DAYS } from '../matching/criteria/exposure.js';
import type { ExposureDoc } from '../matching/exposureLog.js';
import { recentCount, windowDays } from '../matching/exposureLog.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { type Scope, staffScope } from '../staff/policy.js';
import { toCsv } from './csv.js';
import { changedWithin, consultationsSheet, type ExportType, introsSheet, type Names, needsSheet } from './exports.js';
import type { Sheet } from './sheet.js';
import { FigureCounter } from './figures.js';
import { inPeriod, type Period, parsePeriod, vietnamLocal } from './period.js';

export type ReportQuery = z.output<typeof SummaryQuery>;

export type ExportQuery = z.output<typeof ExportQuerySchema>;

/** The events module's CSV rows (reports do not read event collections themselves). */
export type EventsSheet = (
  user: AuthUser,
  query: ReportQuery,
  lang: ExportQuery['lang'],
) => Promise<{ sheet: Sheet; scope: Scope; period: Period }>;

export interface ReportsDeps {
  /** Rows of the `events` export, when the events module is wired. */
  eventsSheet?: EventsSheet;
  needs: NeedsRepository;
  intros: IntrosRepository;
  consultations: ConsultationsRepository;
  profiles: ProfilesRepository;
  users: UsersRepository;
  /** The matcher's match_exposure collection, when matching is wired. */
  exposure: Collection<ExposureDoc> | null;
  clock: Clock;
}

/** Candidates listed in the exposure part of the summary. */
const EXPOSURE_TOP = 20;
const ID_BATCH = 500;

/**
 * Rows a period can touch: created before it ends and changed (updatedAt) since it began. Every
 * history entry lies between createdAt and updatedAt, so this is a superset; figures.ts then
 * checks each entry's time exactly.
 */
export function touchedWithin(scope: Scope, period: Period): Filter {
  return allOf(staffScope.filter(scope), { createdAt: { $lt: period.to } }, period.from ? { updatedAt: { $gte: period.from } } : {});
}

export class ReportsService {
  constructor(private readonly d: ReportsDeps) {}

  async summary(user: AuthUser, query: ReportQuery) {
    const scope = staffScope.listScope(user, query);
    const period = parsePeriod(query, this.d.clock.now());
    const { byProvince, ...figures } = await this.figures(scope, period);
    return {
      period: { from: period.from, to: period.to, timeZone: 'Asia/Ho_Chi_Minh (UTC+7)' },
      province: scope.province,
      scope: { level: scope.level, province: scope.province, region: scope.region, provinces: scope.provinces },
      ...figures,
      exposure: await this.exposure(scope),
      ...(scope.level === 'province' ? {} : { byProvince }),
    };
  }

  /** Reads and counts one collection at a time (consultations, needs, intros), so only one is in memory. */
  async figures(scope: Scope, period: Period) {
    const filter = touchedWithin(scope, period);
    const counter = new FigureCounter(period);
    // Only the fields the counters read (see the *Row types in figures.ts): far less copying.
    counter.addConsultations(
      await this.d.consultations.collection.find(filter, {
        projection: { introId: 1, startupId: 1, province: 1, history: 1, outcome: 1, feedback: 1, followUps: 1 },
      }),
    );
    counter.addNeeds(await this.d.needs.collection.find(filter, { projection: { category: 1, province: 1, history: 1, createdAt: 1 } }));
    counter.addIntros(
      await this.d.intros.collection.find(filter, { projection: { province: 1, needId: 1, history: 1, createdAt: 1, firstResponseAt: 1 } }),
    );
    return counter.result();
  }

  async exportCsv(user: AuthUser, query: ExportQuery): Promise<{ filename: string; csv: string }> {
    if (query.type === 'events') {
      if (!this.d.eventsSheet) throw new UnavailableError('The events export is not available.');
      const { type: _type, lang, ...scopeQuery } = query;
      const { sheet, scope, period } = await this.d.eventsSheet(user, scopeQuery, lang);
      return { filename: exportFilename('events', scope, period), csv: toCsv(sheet.header, sheet.rows) };
    }
    const scope = staffScope.listScope(user, query);
    const period = parsePeriod(query, this.d.clock.now());
    const filter = touchedWithin(scope, period);
    const sort = { createdAt: 1, _id: 1 } as const;
    let sheet: Sheet;
    if (query.type === 'needs') {
      const needs = (await this.d.needs.collection.find(filter, { sort })).filter((n) => changedWithin(n.history, period));
      sheet = needsSheet(
        needs,
        period,
        await this.names(
          needs.map((n) => n.startupId),
          [],
          [],
        ),
        query.lang,
      );
    } else if (query.type === 'intros') {
      const intros = (await this.d.intros.collection.find(filter, { sort })).filter((i) => changedWithin(i.history, period));
      const names = await this.names(
        intros.flatMap((i) => [i.fromProfileId, i.toProfileId]),
        intros.map((i) => i.needId),
        intros.map((i) => i.brokeredBy),
      );
      sheet = introsSheet(intros, period, names, query.lang);
    } else {
      const consultations = (await this.d.consultations.collection.find(filter, { sort })).filter(
        (c) =>
          changedWithin(c.history, period) || inPeriod(period, c.feedback?.at) || (c.followUps ?? []).some((f) => inPeriod(period, f.at)),
      );
      sheet = consultationsSheet(
        consultations,
        period,
        await this.names(
          consultations.flatMap((c) => [c.startupId, c.helperId]),
          [],
          [],
        ),
        query.lang,
      );
    }
    return { filename: exportFilename(query.type, scope, period), csv: toCsv(sheet.header, sheet.rows) };
  }

  /** Most-shown candidates of the scope, from the matcher's exposure counts (all time and recent window). */
  private async exposure(scope: Scope) {
    if (!this.d.exposure) return { available: false, windowDays: EXPOSURE_WINDOW_DAYS, totalShown: 0, candidates: 0, items: [] };
    const docs = await this.d.exposure.find(staffScope.filter(scope), { sort: { shown: -1, _id: 1 } });
    const window = windowDays(this.d.clock.now());
    const totalShown = docs.reduce((n, d) => n + d.shown, 0);
    const top = docs.slice(0, EXPOSURE_TOP);
    const profiles = new Map((await this.d.profiles.findMany(top.map((d) => d._id))).map((p) => [p._id, p]));
    return {
      available: true,
      windowDays: EXPOSURE_WINDOW_DAYS,
      totalShown,
      candidates: docs.length,
      items: top.map((d) => ({
        profileId: d._id,
        name: profiles.get(d._id)?.name ?? null,
        kind: d.kind,
        province: d.province,
        shown: d.shown,
        recent: recentCount(d.byDay, window),
        share: totalShown ? Math.round((d.shown / totalShown) * 10_000) / 10_000 : 0,
        lastShownAt: d.lastShownAt,
      })),
    };
  }

  private async names(profileIds: (string | null)[], needIds: (string | null)[], userIds: (string | null)[]): Promise<Names> {
    const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const profiles = new Map<string, string>();
    const needs = new Map<string, string>();
    const users = new Map<string, string>();
    const ids = unique(profileIds);
    for (let i = 0; i < ids.length; i += ID_BATCH)
      for (const p of await this.d.profiles.findMany(ids.slice(i, i + ID_BATCH))) profiles.set(p._id, p.name);
    const nIds = unique(needIds);
    for (let i = 0; i < nIds.length; i += ID_BATCH) {
      for (const n of await this.d.needs.find({ _id: { $in: nIds.slice(i, i + ID_BATCH) } })) needs.set(n._id, n.title);
    }
    for (const id of unique(userIds)) {
      const user = await this.d.users.findById(id);
      if (user) users.set(id, user.name);
    }
    return {
      profile: (id) => (id ? (profiles.get(id) ?? id) : ''),
      need: (id) => (id ? (needs.get(id) ?? id) : ''),
      user: (id) => (id ? (users.get(id) ?? id) : ''),
    };
  }
}

/** e.g. ketnoi-needs-lang-son-2026-03-01_2026-03-31.csv (days in Vietnam time, `to` shown as the last day included). */
export function exportFilename(type: ExportType, scope: Scope, period: Period): string {
  const where = scope.province ?? scope.region ?? 'toan-quoc';
  const lastDay = vietnamLocal(new Date(Date.parse(period.to) - 1).toISOString(), false);
  const days = period.from ? `${vietnamLocal(period.from, false)}_${lastDay}` : `den-${lastDay}`;
  return `ketnoi-${type}-${where}-${days}.csv`;
}
