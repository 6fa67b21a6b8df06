// A few weeks of Lạng Sơn history for the demo, played through the real services with the clock
// shifted into the past: introductions accepted, declined, brokered by staff, waiting for staff
// approval and expired; conversations; consultations and a 10-day hall booking with outcomes and
// ratings. So on first start the inboxes, chats, staff queue and reports show something real.
import type { Container } from '../container.js';
import { DAY_MS, HOUR_MS } from '../lib/clock.js';
import type { ConsultationDoc } from '../modules/consultations/repository.js';
import type { IntroDoc } from '../modules/intros/repository.js';
import { demoAccounts } from './demoAccounts.js';
import type { StoryClock } from './storyClock.js';

/** `staff`: whether the demo staff exist (see DemoOptions); without them, the staff's part of the story is left out. */
export async function loadDemoActivity(container: Container, story: StoryClock, options: { staff: boolean }): Promise<void> {
  const { modules } = container;
  const { now } = story;
  const at = (daysAgo: number, hours = 0) => story.moveTo(now - daysAgo * DAY_MS + hours * HOUR_MS);
  /** The clock at an instant of the story (e.g. two hours into a consultation). */
  const atInstant = (iso: string, hours = 0) => story.moveTo(Date.parse(iso) + hours * HOUR_MS);
  const { user, profileOf } = demoAccounts(modules);
  const needOf = async (key: string, category: string) => {
    const [need] = await modules.needs.repository.find({ startupId: (await profileOf(key))._id, category }, { limit: 1 });
    if (!need) throw new Error(`demo need ${key}/${category} is missing`);
    return need._id;
  };
  const ask = async (from: string, to: string, category: string, message: string) =>
    modules.intros.service.create(await user(from), {
      toProfileId: (await profileOf(to))._id,
      needId: await needOf(from, category),
      message,
    });
  /** `key` accepts the intro (each side in turn, when staff brokered it). */
  const accept = async (key: string, intro: IntroDoc) => modules.intros.service.accept(await user(key), intro._id);
  const say = async (key: string, intro: IntroDoc, body: string, n: number) => {
    const current = await modules.intros.repository.findById(intro._id);
    await modules.conversations.service.send(await user(key), current!.conversationId!, { body, clientId: `demo-${intro._id}-${n}` });
  };
  type Consultations = typeof modules.consultations.service;
  /** The helper records what came of a consultation. */
  const complete = async (helper: string, consultation: ConsultationDoc, outcome: Parameters<Consultations['complete']>[2]) =>
    modules.consultations.service.complete(await user(helper), consultation._id, outcome);
  /** The startup rates it. */
  const rate = async (startup: string, consultation: ConsultationDoc, feedback: Parameters<Consultations['feedback']>[2]) =>
    modules.consultations.service.feedback(await user(startup), consultation._id, feedback);
  const iso = (daysAgo: number, hour: number) => {
    const d = new Date(now - daysAgo * DAY_MS);
    d.setUTCHours(hour - 7, 0, 0, 0); // Vietnam local time
    return d.toISOString();
  };
  /** Like iso(), moved back to a Monday–Friday (the hall keeps office hours). */
  const workday = (daysAgo: number, hour: number) => {
    let days = daysAgo;
    while ([0, 6].includes(new Date(Date.parse(iso(days, hour)) + 7 * HOUR_MS).getUTCDay())) days++;
    return iso(days, hour);
  };

  try {
    // Lạng Sơn asks staff to look at introductions to investors first.
    if (options.staff)
      await modules.provinces.repository.save('lang-son', {
        staffApprovalKinds: ['investor'],
        updatedBy: (await user('staff-lang-son')).id,
        updatedAt: new Date(now - 31 * DAY_MS).toISOString(),
      });

    // 1. Forest-lemon honey gets its trademark filed.
    await at(30);
    const honey = await ask(
      'mat-ong-chi-lang',
      'can-bo-shtt-lang-son',
      'trademark',
      'Chào chị, HTX muốn đăng ký nhãn hiệu "Mật ong chanh rừng Chi Lăng". Chị hướng dẫn giúp hồ sơ cần chuẩn bị ạ?',
    );
    await at(30, 5);
    await accept('can-bo-shtt-lang-son', honey);
    await say(
      'can-bo-shtt-lang-son',
      honey,
      'Chào anh Lâm. Anh chuẩn bị mẫu nhãn, logo và danh sách sản phẩm nhé. Mình tra cứu trước xem tên có bị trùng không.',
      1,
    );
    await at(30, 7);
    await say('mat-ong-chi-lang', honey, 'Dạ em gửi mẫu nhãn qua Zalo rồi ạ. Tuần sau em lên Sở được không chị?', 2);
    await say('can-bo-shtt-lang-son', honey, 'Được anh, thứ Ba 9 giờ tại Sở nhé.', 3);
    const filing = await modules.consultations.service.schedule(await user('can-bo-shtt-lang-son'), {
      introId: honey._id,
      startsAt: iso(27, 9),
      durationMinutes: 90,
      mode: 'onsite',
      location: 'Sở KH&CN Lạng Sơn, phòng 204',
    });
    await at(27, 4);
    await complete('can-bo-shtt-lang-son', filing, {
      tags: ['trademark_filed'],
      note: 'Đã tra cứu và nộp đơn đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ.',
      evidence: 'Đơn số 4-2025-12345',
    });
    await at(26);
    // Filed is not granted (that takes over a year), so the need stays in progress.
    await rate('mat-ong-chi-lang', filing, {
      rating: 5,
      comment: 'Chị Thanh hướng dẫn rất tận tình.',
    });
    // The office's formal examination is due: a follow-up call later this week, still to come.
    await at(2);
    await say('can-bo-shtt-lang-son', honey, 'Cục sắp có kết quả thẩm định hình thức. Mình hẹn gọi video rà soát trước nhé.', 4);
    await modules.consultations.service.schedule(await user('can-bo-shtt-lang-son'), {
      introId: honey._id,
      startsAt: iso(-3, 9),
      durationMinutes: 45,
      mode: 'online',
      location: 'Google Meet (link gửi qua Zalo)',
    });

    // 2. Hồng Nhung black jelly gets its label checked, and staff broker a supermarket.
    await at(25);
    const jelly = await ask(
      'thach-den-hong-nhung',
      'chuyen-gia-tieu-chuan-lang-son',
      'standards',
      'Cơ sở cần hoàn thiện nhãn hàng hóa và tự công bố sản phẩm trước khi vào siêu thị.',
    );
    await at(24);
    await accept('chuyen-gia-tieu-chuan-lang-son', jelly);
    const labels = await modules.consultations.service.schedule(await user('thach-den-hong-nhung'), {
      introId: jelly._id,
      startsAt: iso(21, 14),
      durationMinutes: 60,
      mode: 'online',
    });
    // Two hours after it started, whatever the hour the demo is loaded at.
    await atInstant(labels.startsAt, 2);
    await complete('chuyen-gia-tieu-chuan-lang-son', labels, {
      tags: ['label_compliant'],
      note: 'Nhãn đã đủ nội dung bắt buộc theo Nghị định 43/2017; còn thiếu mã vạch.',
    });
    await rate('thach-den-hong-nhung', labels, {
      rating: 4,
      comment: 'Hữu ích, đang làm mã vạch.',
    });
    if (options.staff) {
      await at(22);
      const jellyProfile = await profileOf('thach-den-hong-nhung');
      const shelf = await modules.intros.service.create(await user('staff-lang-son'), {
        fromProfileId: jellyProfile._id,
        toProfileId: (await profileOf('happy-mart'))._id,
        needId: await needOf('thach-den-hong-nhung', 'distribution'),
        message: 'Sở giới thiệu cơ sở Thạch đen Hồng Nhung với Happy Mart để trao đổi về kệ đặc sản vùng miền.',
      });
      await at(21);
      await accept('thach-den-hong-nhung', shelf);
      await at(19);
      await accept('happy-mart', shelf);
      await say('staff-lang-son', shelf, 'Hai bên đã đồng ý. Chị Nhung gửi giấy tự công bố khi có nhé.', 1);
      await say('happy-mart', shelf, 'Chào chị Nhung, bên em cần mã vạch GS1 và giấy tự công bố để lên kệ quý tới ạ.', 2);
    }

    // 3. Tumany uses the department's hall for ten days.
    await at(15);
    const hall = await ask(
      'tumany',
      'khong-gian-khoi-nghiep-lang-son',
      'workspace',
      'Tumany xin mượn hội trường 10 ngày để tổ chức chuỗi buổi hướng nghiệp cho học sinh THPT.',
    );
    await at(15, 3);
    await accept('khong-gian-khoi-nghiep-lang-son', hall);
    const booking = await modules.consultations.service.schedule(await user('tumany'), {
      introId: hall._id,
      startsAt: workday(12, 8),
      endsAt: workday(2, 17),
      resource: 'Hội trường tầng 2',
      mode: 'onsite',
    });
    await at(1);
    await complete('khong-gian-khoi-nghiep-lang-son', booking, {
      tags: ['workspace_granted'],
      note: '10 ngày hội trường, khoảng 600 học sinh tham dự.',
    });
    await rate('tumany', booking, {
      rating: 5,
      comment: 'Hội trường rộng, hỗ trợ nhiệt tình.',
      resolved: true,
    });

    // 4. A decline, an unanswered request that expired, one waiting, one waiting for staff.
    await at(10);
    const rattan = await ask(
      'may-tre-binh-gia',
      'ket-noi-sieu-thi',
      'distribution',
      'HTX muốn đưa sản phẩm mây tre đan vào chuỗi siêu thị ở Hà Nội.',
    );
    await at(9);
    await modules.intros.service.decline(await user('ket-noi-sieu-thi'), rattan._id, 'Đang kín lịch đến cuối quý, xin giới thiệu lại sau.');
    await ask('mien-ngo-thuan-anh', 'hoi-cho-ket-noi-viet', 'distribution', 'Cơ sở muốn đăng ký gian hàng ở hội chợ OCOP sắp tới.');
    await at(2);
    await ask('mien-ngo-thuan-anh', 'cong-nghe-thuc-pham', 'technology', 'Cần tư vấn quy trình sấy để sợi miến không bị gãy khi đóng gói.');
    await at(1);
    await ask(
      'iot-xu-lang',
      'clb-dau-tu-lang-son',
      'funding',
      'Nhóm giảng viên đã có nguyên mẫu thiết bị điều khiển qua Internet, cần vốn mồi để sản xuất thử 100 bộ.',
    );
  } finally {
    await story.end();
  }
  await modules.intros.service.expireDue();
  container.logger.info('demo activity loaded');
}
