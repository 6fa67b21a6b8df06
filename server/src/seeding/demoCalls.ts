// The demo call for entries (seeds/src/demo/calls.ts) played through the real services with the
// clock shifted to when each step happens: the organiser opens the call on the startup day from a
// rubric template, staff declare the standards expert's conflict, founders enter over a few days
// (one entry submitted by staff), and the judges score or recuse. Run after the demo events.
import { demoCalls, demoEvents } from '@ketnoi/seeds';
import type { Container } from '../container.js';
import { demoAccounts } from './demoAccounts.js';
import { CALL_TEMPLATES } from '../modules/calls/templates.js';
import { SYSTEM } from './demo.js';
import { localTime, storyMover } from './demoEvents.js';
import type { StoryClock } from './storyClock.js';

export async function loadDemoCalls(container: Container, story: StoryClock, options: { staff: boolean }): Promise<void> {
  const { calls: m, events, needs, conflicts } = container.modules;
  const base = story.now;
  const at = storyMover(story);
  const { user, profileOf } = demoAccounts(container.modules);

  try {
    for (const seed of demoCalls) {
      const eventSeed = demoEvents.find((e) => e.key === seed.eventKey)!;
      const [event] = await events.repos.events.find({ title: eventSeed.title });
      if (!event) throw new Error(`demo event ${seed.eventKey} is missing`);
      const template = CALL_TEMPLATES.find((t) => t.code === seed.templateCode)!;
      const organiser = options.staff ? await user(eventSeed.organiserKey) : SYSTEM;
      await at(eventSeed.createdDay, 10);
      const judges = await Promise.all(seed.judgeKeys.map(user));
      await m.calls.put(organiser, event._id, {
        closesAt: localTime(base, seed.closesDay, seed.closesHour),
        rules: template.rules.vi,
        questions: template.questions,
        criteria: template.criteria,
        judges: judges.map((j) => j.id),
        normalizeJudges: template.normalizeJudges,
      });
      for (const c of seed.conflicts) {
        const [judge, startup] = await Promise.all([profileOf(c.judgeKey), profileOf(c.startupKey)]);
        await conflicts.service.declare(organiser, { profileId: judge._id, otherProfileId: startup._id, reason: c.reason });
      }
      for (const [i, entry] of seed.entries.entries()) {
        await at(eventSeed.createdDay + 1 + Math.floor(i / 2), 9 + (i % 2) * 5);
        const startup = await profileOf(entry.startupKey);
        const active = await needs.repository.activeNeedsOf(startup._id);
        const needIds = entry.needCategories.flatMap((c) => active.filter((n) => n.category === c).map((n) => n._id));
        const body = { title: entry.title, summary: entry.summary, answers: entry.answers, needIds };
        if (entry.assisted) await m.entries.submit(organiser, event._id, { ...body, startupId: startup._id });
        else await m.entries.submit(await user(entry.startupKey), event._id, body);
      }
      const entryOf = async (startupKey: string) => (await m.repos.entries.forStartup(event._id, (await profileOf(startupKey))._id))!;
      for (const [i, j] of seed.judgements.entries()) {
        await at(-2 + Math.floor(i / 7), 8 + (i % 7));
        const judge = await user(j.judgeKey);
        const entry = await entryOf(j.startupKey);
        if (j.recused) await m.judging.recuse(judge, event._id, entry._id, { reason: j.recused });
        else {
          const scores = Object.fromEntries(template.criteria.map((c, k) => [c.code, j.scores![k]!]));
          await m.judging.score(judge, event._id, entry._id, { scores, comment: j.comment ?? '' });
        }
      }
    }
  } finally {
    await story.end();
  }
  container.logger.info({ calls: demoCalls.length }, 'demo calls loaded');
}
