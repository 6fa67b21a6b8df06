// The demo's showcase: logos and product photos for a few Lạng Sơn startups (drawn with sharp at
// seed time, no files in the repository), OCOP stars, a pitch deck behind staged disclosure, and
// opportunities — a supermarket looking for OCOP suppliers, a provincial fund's call, a lab's
// testing capacity, a co-working space's free desks, and startups looking for an investor, a
// distributor and a trademark adviser.
// Everything goes through the real services, as a user's uploads and posts would.
import sharp from 'sharp';
import { demoDataset } from '@ketnoi/seeds';
import { CreateOpportunityBody, type CreateOpportunityInput } from '@ketnoi/contract';
import type { Container } from '../container.js';
import type { AuthUser } from '../http/api.js';

interface Palette {
  background: string;
  accent: string;
  ink: string;
}

/** A round emblem: the palette's colours and a few shapes (no text, so no fonts are needed). */
function logoSvg(p: Palette, shape: 'hexagons' | 'drops' | 'leaves'): string {
  const shapes = {
    hexagons: [0, 1, 2]
      .map(
        (i) =>
          `<polygon transform="translate(${180 + i * 76} ${256 + (i % 2) * 44})" points="0,-44 38,-22 38,22 0,44 -38,22 -38,-22" fill="${p.accent}"/>`,
      )
      .join(''),
    drops: [0, 1, 2]
      .map(
        (i) => `<path transform="translate(${176 + i * 80} 250)" d="M0,-60 C30,-20 34,10 0,40 C-34,10 -30,-20 0,-60Z" fill="${p.accent}"/>`,
      )
      .join(''),
    leaves:
      `<rect x="248" y="250" width="16" height="120" rx="8" fill="${p.ink}"/>` +
      [0, 1]
        .map(
          (i) =>
            `<ellipse cx="${206 + i * 100}" cy="236" rx="66" ry="30" transform="rotate(${i ? -35 : 35} ${206 + i * 100} 236)" fill="${p.accent}"/>`,
        )
        .join(''),
  }[shape];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><circle cx="256" cy="256" r="240" fill="${p.background}"/><circle cx="256" cy="256" r="200" fill="none" stroke="${p.ink}" stroke-width="10"/>${shapes}</svg>`;
}

/** A product shot: a jar or a pouch on a soft two-colour background. */
function photoSvg(p: Palette, product: 'jar' | 'pouch'): string {
  const item =
    product === 'jar'
      ? `<rect x="470" y="260" width="260" height="360" rx="40" fill="${p.accent}"/><rect x="490" y="210" width="220" height="70" rx="14" fill="${p.ink}"/><rect x="510" y="380" width="180" height="120" rx="12" fill="#fffaf0"/>`
      : `<path d="M470,240 L730,240 L760,640 L440,640 Z" fill="${p.accent}"/><rect x="470" y="228" width="260" height="30" rx="8" fill="${p.ink}"/><circle cx="600" cy="440" r="70" fill="#fffaf0"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fdf6e3"/><stop offset="1" stop-color="${p.background}"/></linearGradient></defs><rect width="1200" height="900" fill="url(#g)"/><ellipse cx="600" cy="660" rx="300" ry="40" fill="#00000022"/>${item}</svg>`;
}

const png = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer();
const jpeg = (svg: string) => sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();

/** A one-page PDF (Latin text: the standard PDF fonts have no Vietnamese glyphs). */
function pitchDeckPdf(title: string): Buffer {
  const content = `BT /F1 28 Tf 72 720 Td (${title}) Tj 0 -40 Td /F1 16 Tf (Pitch deck 2026 - demo) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface Showcase {
  key: string;
  palette: Palette;
  logo: 'hexagons' | 'drops' | 'leaves';
  photo: 'jar' | 'pouch';
  /** OCOP stars per product, in the order of the seed's products. */
  stars: (3 | 4 | 5 | null)[];
  pitchDeck?: string;
}

const SHOWCASES: Showcase[] = [
  {
    key: 'mat-ong-chi-lang',
    palette: { background: '#f6d365', accent: '#e0a100', ink: '#7a4b00' },
    logo: 'hexagons',
    photo: 'jar',
    stars: [4, 3],
    pitchDeck: 'Mat ong chanh rung Chi Lang',
  },
  {
    key: 'thach-den-hong-nhung',
    palette: { background: '#cfd8dc', accent: '#37474f', ink: '#1b262c' },
    logo: 'drops',
    photo: 'jar',
    stars: [3, null],
  },
  {
    key: 'na-say-chi-lang',
    palette: { background: '#d4edc9', accent: '#6a9f3b', ink: '#2f5d1b' },
    logo: 'leaves',
    photo: 'pouch',
    stars: [4],
  },
];

const OPPORTUNITIES: { key: string; input: CreateOpportunityInput }[] = [
  {
    key: 'happy-mart',
    input: {
      type: 'request',
      title: 'Siêu thị tìm nhà cung cấp đặc sản OCOP cho kệ hàng vùng miền',
      description:
        'Chuỗi siêu thị cần thêm 15 mã đặc sản đạt OCOP 3 sao trở lên (mật ong, miến, thạch, trái cây sấy) cho kệ đặc sản vùng miền quý tới. ' +
        'Ưu tiên sản phẩm có mã vạch và tem truy xuất nguồn gốc.',
    },
  },
  {
    key: 'quy-khcn-lang-son',
    input: {
      type: 'offer',
      title: 'Quỹ KH&CN tỉnh nhận hồ sơ tài trợ dự án đổi mới sáng tạo 2026',
      description:
        'Tài trợ đến 300 triệu đồng hoặc cho vay không lãi cho dự án khởi nghiệp ứng dụng khoa học công nghệ trong tỉnh. Hạn nộp hồ sơ cuối quý.',
    },
  },
  {
    key: 'phong-thi-nghiem-thai-nguyen',
    input: {
      type: 'offer',
      title: 'Phòng thí nghiệm nhận kiểm nghiệm mẫu thực phẩm trong 7 ngày',
      description: 'Kiểm nghiệm vi sinh, hóa lý phục vụ công bố tiêu chuẩn chất lượng và hồ sơ OCOP; giảm 30% phí cho dự án khởi nghiệp.',
    },
  },
  {
    key: 'khong-gian-khoi-nghiep-lang-son',
    input: {
      type: 'offer',
      title: 'Chỗ ngồi làm việc miễn phí 6 tháng cho nhóm khởi nghiệp',
      description: 'Không gian làm việc chung có Wi-Fi, phòng họp và hội trường; ưu tiên nhóm khởi nghiệp đang làm hồ sơ OCOP.',
    },
  },
  {
    key: 'iot-xu-lang',
    input: {
      type: 'request',
      title: 'Tìm nhà đầu tư cho lô sản xuất đầu tiên 300 bộ điều khiển',
      description:
        'Cần 400–600 triệu đồng để sản xuất 300 bộ điều khiển bơm tưới và đèn chuồng trại, làm hồ sơ hợp chuẩn và bán thử ở ba huyện. ' +
        'Sẵn sàng chia cổ phần cho nhà đầu tư đồng hành ở Lạng Sơn.',
    },
  },
  {
    key: 'mien-ngo-thuan-anh',
    input: {
      type: 'request',
      title: 'Tìm siêu thị và đại lý phân phối miến ngô ở Hà Nội',
      description:
        'Miến ngô Thuận Anh (OCOP 3 sao) cần siêu thị, đại lý nhận hàng đều đặn ở Hà Nội; đã có mã vạch, tem truy xuất nguồn gốc và công bố chất lượng.',
    },
  },
  {
    key: 'na-say-chi-lang',
    input: {
      type: 'request',
      title: 'Tìm người hướng dẫn đăng ký nhãn hiệu cho na sấy',
      description: 'Cần tra cứu và nộp đơn đăng ký nhãn hiệu "Na sấy dẻo Chi Lăng" trước mùa na tới.',
    },
  },
];

/** Runs after the demo profiles exist (users: demo key → account). */
export async function loadDemoShowcase(container: Container, users: Map<string, AuthUser>): Promise<void> {
  const { files, profiles, opportunities } = container.modules;
  for (const showcase of SHOWCASES) {
    const user = users.get(showcase.key);
    const seed = demoDataset.profiles[showcase.key];
    if (!user || !seed || seed.kind !== 'startup') throw new Error(`demo showcase of unknown startup ${showcase.key}`);
    const upload = async (purpose: 'logo' | 'photo' | 'document', data: Buffer, name: string) =>
      (await files.service.upload(user, { purpose, name, data }))._id;
    const logoFileId = await upload('logo', await png(logoSvg(showcase.palette, showcase.logo)), `logo-${showcase.key}.png`);
    const products = [];
    for (const [i, product] of (seed.products ?? []).entries()) {
      const stars = showcase.stars[i] ?? null;
      const photo =
        i === 0 ? await upload('photo', await jpeg(photoSvg(showcase.palette, showcase.photo)), `${showcase.key}-${i + 1}.jpg`) : null;
      products.push({ ...product, ...(photo ? { photoFileIds: [photo] } : {}), ...(stars ? { ocopStars: stars } : {}) });
    }
    const documents = showcase.pitchDeck
      ? [{ fileId: await upload('document', pitchDeckPdf(showcase.pitchDeck), 'Ho-so-goi-von.pdf'), title: 'Hồ sơ gọi vốn 2026' }]
      : undefined;
    const { verified: _verified, kind: _kind, ...body } = seed;
    await profiles.service.saveOwn(user, { ...body, products, logoFileId, ...(documents ? { documents } : {}) });
  }
  for (const { key, input } of OPPORTUNITIES) {
    const user = users.get(key);
    if (!user) throw new Error(`demo opportunity of unknown profile ${key}`);
    await opportunities.service.create(user, CreateOpportunityBody.parse(input));
  }
}
