// "The results are out": to each entrant of a call when the organiser publishes the results, with
// the entry's rank and total (or that it was not scored), linking to the public results page.
import { z } from 'zod';
import type { MailKind } from '../render.js';

const CallResultsData = z.object({
  eventId: z.string().min(1),
  eventTitle: z.string().min(1),
  entryTitle: z.string().min(1),
  rank: z.number().int().min(1).optional(),
  total: z.number().min(0).max(100).optional(),
  /** Ranked entries. */
  entries: z.number().int().min(0),
});

export const callResultsPublished: MailKind<z.infer<typeof CallResultsData>> = {
  name: 'call.results_published',
  category: 'notification',
  data: CallResultsData,
  link: (data) => `/events/${encodeURIComponent(data.eventId)}/results`,
  templates: {
    vi: {
      subject: 'Đã có kết quả: {{eventTitle}}',
      button: 'Xem kết quả',
      text: `Ban tổ chức đã công bố kết quả chấm "{{eventTitle}}".

{{#if rank}}Bài dự thi "{{entryTitle}}" xếp hạng {{rank}} trên {{entries}} bài, đạt {{decimal total}}/100 điểm.{{else}}Bài dự thi "{{entryTitle}}" chưa được ban giám khảo chấm điểm.{{/if}}

Cảm ơn bạn đã tham gia. Bảng xếp hạng và điểm trung bình từng tiêu chí có trên trang kết quả.`,
      html: `<p style="margin:0 0 12px;">Ban tổ chức đã công bố kết quả chấm <strong>{{eventTitle}}</strong>.</p>
<p style="margin:0 0 12px;">{{#if rank}}Bài dự thi <strong>{{entryTitle}}</strong> xếp hạng <strong>{{rank}}</strong> trên {{entries}} bài, đạt <strong>{{decimal total}}/100</strong> điểm.{{else}}Bài dự thi <strong>{{entryTitle}}</strong> chưa được ban giám khảo chấm điểm.{{/if}}</p>
<p style="margin:0;">Cảm ơn bạn đã tham gia. Bảng xếp hạng và điểm trung bình từng tiêu chí có trên trang kết quả.</p>`,
    },
    en: {
      subject: 'Results are out: {{eventTitle}}',
      button: 'See the results',
      text: `The organisers published the results of "{{eventTitle}}".

{{#if rank}}Your entry "{{entryTitle}}" ranks {{rank}} of {{entries}}, with {{decimal total}}/100 points.{{else}}Your entry "{{entryTitle}}" was not scored by the jury.{{/if}}

Thank you for taking part. The ranking and each criterion's mean are on the results page.`,
      html: `<p style="margin:0 0 12px;">The organisers published the results of <strong>{{eventTitle}}</strong>.</p>
<p style="margin:0 0 12px;">{{#if rank}}Your entry <strong>{{entryTitle}}</strong> ranks <strong>{{rank}}</strong> of {{entries}}, with <strong>{{decimal total}}/100</strong> points.{{else}}Your entry <strong>{{entryTitle}}</strong> was not scored by the jury.{{/if}}</p>
<p style="margin:0;">Thank you for taking part. The ranking and each criterion's mean are on the results page.</p>`,
    },
  },
};
