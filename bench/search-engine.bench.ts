// Direct benchmark of the embedded search engine (no HTTP): index build time and query latency
// at 10k and 100k synthetic profiles, plus heap. Targets: build(100k) ≤ 60 s, p95(100k) ≤ 25 ms.
//   npx tsx bench/search-engine.bench.ts            (NODE_OPTIONS=--expose-gc for exact heap)
// The generator below is local, seeded and deterministic; the project's dataset generator lives
// in seeds/ and is not used here so the benchmark does not depend on it.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createEmbeddedSearchEngine,
  toSearchDocument,
  type ProfileKind,
  type ProfileSearchDocument,
  type SearchQuery,
  type SearchableProfile,
} from '@ketnoi/search';

// ---------- deterministic generator ----------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'ha-noi', 'hue', 'hai-phong', 'da-nang', 'tp-ho-chi-minh', 'can-tho', 'lai-chau', 'dien-bien', 'son-la',
  'lang-son', 'quang-ninh', 'thanh-hoa', 'nghe-an', 'ha-tinh', 'cao-bang', 'tuyen-quang', 'lao-cai',
  'thai-nguyen', 'phu-tho', 'bac-ninh', 'hung-yen', 'ninh-binh', 'quang-tri', 'quang-ngai', 'gia-lai',
  'khanh-hoa', 'lam-dong', 'dak-lak', 'dong-nai', 'tay-ninh', 'vinh-long', 'dong-thap', 'ca-mau', 'an-giang',
];
const SECTORS = ['agriculture', 'food', 'handicraft', 'tourism', 'education', 'health', 'iot', 'software', 'cosmetics', 'environment', 'logistics', 'energy'];
const NEEDS = ['trademark', 'standards', 'distribution', 'workspace', 'funding', 'mentoring', 'technology', 'legal', 'marketing', 'training'];
const STAGES = ['idea', 'prototype', 'early_revenue', 'growth'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Quốc', 'Thu', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nhung', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const PRODUCTS = [
  'mật ong', 'miến dong', 'thạch đen', 'chè shan tuyết', 'hoa hồi', 'quế', 'na', 'bưởi', 'cà phê', 'gạo nếp',
  'nấm hương', 'măng khô', 'rượu men lá', 'trà hoa vàng', 'tinh dầu sả', 'mặt nạ thảo dược', 'thiết bị IoT',
  'ứng dụng hướng nghiệp', 'phần mềm quản lý', 'vải thổ cẩm', 'gốm', 'mây tre đan', 'bánh chưng', 'nước mắm',
  'cá khô', 'muối tôm', 'dược liệu', 'sâm', 'đông trùng hạ thảo', 'mì ngô', 'lạp sườn', 'hạt dẻ',
];
const QUALITIES = ['sạch', 'hữu cơ', 'nguyên chất', 'truyền thống', 'rừng', 'vùng cao', 'an toàn', 'chất lượng cao', 'đặc sản', 'thủ công'];
const COMMUNES = ['Chi Lăng', 'Tràng Định', 'Đình Lập', 'Na Rì', 'Đông Giang', 'Tây Giang', 'Mộc Châu', 'Bắc Hà', 'Sa Pa', 'Mường Lát', 'Hữu Lũng', 'Bảo Lạc'];
const SENTENCES = [
  'Chúng tôi sản xuất {p} {q} tại xã {c}.',
  'Sản phẩm {p} đã đạt chứng nhận OCOP 3 sao và đang mở rộng thị trường.',
  'Nhóm gồm {n} thành viên, phần lớn là giáo viên và nông dân địa phương.',
  'Mặt hàng chủ lực là {p}, mất mùa năm ngoái nên cần đa dạng sản phẩm.',
  'Đang tìm mặt bằng sản xuất và kênh phân phối vào siêu thị ở Hà Nội.',
  'Doanh thu tăng 30% nhờ tham gia hội chợ xúc tiến thương mại.',
  'Cần hoàn thiện nhãn mác, mã vạch và truy xuất nguồn gốc cho {p}.',
  'Dự án ứng dụng chuyển đổi số để bán {p} trên sàn thương mại điện tử.',
  'Hợp tác với hợp tác xã địa phương để bao tiêu {p} cho bà con.',
  'Sản phẩm được làm theo công thức gia truyền, không chất bảo quản.',
];
const EXPERT_HEADLINES: Record<string, string[]> = {
  trademark: ['Luật sư sở hữu trí tuệ', 'Đại diện sở hữu công nghiệp, tư vấn đăng ký nhãn hiệu'],
  standards: ['Chuyên gia tiêu chuẩn chất lượng', 'Tư vấn TCVN, QCVN và an toàn thực phẩm'],
  distribution: ['Chuyên gia phát triển kênh phân phối', 'Kết nối siêu thị và đại lý bán lẻ'],
  workspace: ['Quản lý không gian làm việc chung', 'Vận hành vườn ươm khởi nghiệp'],
  funding: ['Cố vấn gọi vốn', 'Chuyên gia tài chính khởi nghiệp'],
  mentoring: ['Cố vấn mô hình kinh doanh', 'Huấn luyện viên khởi nghiệp'],
  technology: ['Kỹ sư quy trình sản xuất', 'Chuyên gia phát triển sản phẩm'],
  legal: ['Luật sư doanh nghiệp', 'Tư vấn thành lập doanh nghiệp'],
  marketing: ['Chuyên gia thương hiệu và truyền thông', 'Tư vấn chuyển đổi số và bán hàng online'],
  training: ['Giảng viên đào tạo khởi nghiệp', 'Chuyên gia tập huấn kỹ năng'],
};
const NEED_TITLES: Record<string, string> = {
  trademark: 'Cần đăng ký nhãn hiệu cho {p}',
  standards: 'Cần công bố tiêu chuẩn và mã vạch cho {p}',
  distribution: 'Tìm nhà phân phối đưa {p} vào siêu thị',
  workspace: 'Cần không gian làm việc và phòng họp',
  funding: 'Tìm nhà đầu tư vốn mồi',
  mentoring: 'Cần cố vấn hoàn thiện mô hình kinh doanh',
  technology: 'Cải tiến quy trình sản xuất {p}',
  legal: 'Cần hỗ trợ thành lập doanh nghiệp',
  marketing: 'Xây dựng thương hiệu và bán hàng online cho {p}',
  training: 'Tham gia tập huấn khởi nghiệp',
};

export function generateProfiles(count: number, seed = 20250701): SearchableProfile[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(rnd() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const fill = (template: string, product: string): string =>
    template
      .replace(/\{p\}/g, product)
      .replace('{q}', pick(QUALITIES))
      .replace('{c}', pick(COMMUNES))
      .replace('{n}', String(2 + Math.floor(rnd() * 10)));
  const personName = (): string => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;

  const profiles: SearchableProfile[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const kind: ProfileKind = r < 0.6 ? 'startup' : r < 0.85 ? 'expert' : r < 0.93 ? 'investor' : 'provider';
    const product = pick(PRODUCTS);
    const province = pick(PROVINCES);
    const about = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => fill(pick(SENTENCES), product)).join(' ');
    const base = {
      id: `p${String(i).padStart(6, '0')}`,
      kind,
      province,
      commune: pick(COMMUNES),
      sectors: some(SECTORS, 2),
      languages: rnd() < 0.3 ? ['vi', 'en'] : ['vi'],
      verified: rnd() < 0.4,
      contact: { email: `user${i}@example.vn`, phone: `09${String(10000000 + i).slice(-8)}` },
      about,
    };
    if (kind === 'startup') {
      const needs = some(NEEDS, 2);
      profiles.push({
        ...base,
        name: `${product[0]!.toUpperCase()}${product.slice(1)} ${pick(QUALITIES)} ${pick(COMMUNES)}`,
        headline: `${product} ${pick(QUALITIES)} từ ${pick(COMMUNES)}`,
        stage: pick(STAGES),
        products: [{ name: product, description: fill(pick(SENTENCES), product) }],
        openNeeds: needs.map((category) => ({ category, title: fill(NEED_TITLES[category]!, product), description: fill(pick(SENTENCES), product) })),
      });
    } else if (kind === 'expert') {
      const expertise = some(NEEDS, 3);
      profiles.push({
        ...base,
        name: personName(),
        headline: pick(EXPERT_HEADLINES[expertise[0]!]!),
        expertise,
        organization: rnd() < 0.5 ? `Trung tâm hỗ trợ khởi nghiệp ${pick(COMMUNES)}` : undefined,
        remote: rnd() < 0.5,
        servesProvinces: some(PROVINCES, 3),
      });
    } else if (kind === 'investor') {
      profiles.push({
        ...base,
        name: rnd() < 0.5 ? personName() : `Quỹ đầu tư ${pick(COMMUNES)}`,
        headline: `Đầu tư vào ${pick(PRODUCTS)} và nông nghiệp công nghệ cao`,
        investorType: pick(['angel', 'vc', 'fund', 'corporate', 'public']),
        stages: some(STAGES, 2),
        servesProvinces: some(PROVINCES, 3),
      });
    } else {
      const offerings = some(['workspace', 'distribution', 'training', 'technology'], 2);
      profiles.push({
        ...base,
        name: `${pick(['Siêu thị', 'Không gian sáng tạo', 'Phòng thí nghiệm', 'Trung tâm đào tạo'])} ${pick(COMMUNES)}`,
        headline: `Cung cấp ${offerings.map((o) => NEED_TITLES[o]!.split(' ').slice(-3).join(' ')).join(', ')}`,
        offerings,
        resources: [{ name: `Hội trường ${pick(COMMUNES)}`, kind: 'venue', description: 'Sức chứa 100 người, có máy chiếu' }],
        servesProvinces: some(PROVINCES, 3),
      });
    }
  }
  return profiles;
}

// ---------- query mix ----------

export const QUERY_MIX: SearchQuery[] = [
  { q: 'mật ong' },
  { q: 'mat ong' },
  { q: 'đăng ký nhãn hiệu' },
  { q: 'dang ky nhan hieu', filters: { kind: ['expert'] } },
  { q: 'nhan hieuu' },
  { q: 'nhãn hiệ' },
  { q: 'siêu thị', filters: { province: ['ha-noi', 'lang-son'] } },
  { q: 'thach den' },
  { q: 'mien dong', filters: { kind: ['startup'], verified: true } },
  { q: 'chuyên gia tiêu chuẩn' },
  { q: 'tieu chuan chat luong', filters: { verified: true } },
  { q: 'phan phoi', filters: { need: ['distribution'] } },
  { q: 'cố vấn mô hình kinh doanh' },
  { q: 'ca phe huu co' },
  { q: 'IoT', filters: { sector: ['iot', 'software'] } },
  { q: 'truy xuat nguon goc' },
  { q: 'khong gian lam viec', filters: { kind: ['provider', 'expert'] } },
  { q: 'Nguyễn Văn' },
  { q: 'huong nghiep' },
  { q: 'dong trung ha thao', filters: { province: ['lao-cai'] } },
  { q: 'tinh dau sa' },
  { q: 'quy dau tu', filters: { kind: ['investor'] } },
  { q: 'mat hang chu luc' },
  { q: 'đông trùng' },
  { q: '', filters: { province: ['lang-son'], kind: ['startup'] } },
  { q: '', filters: { need: ['trademark'] } },
  { q: '' },
  { q: 'Chi Lăng', filters: { need: ['trademark', 'standards'] } },
];

// ---------- measurement ----------

export interface SizeResult {
  documents: number;
  buildMs: number;
  heapUsedMb: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  slowestQuery: string;
  /** CPU time of the query itself (user+system): unaffected by other processes on the machine. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  cpuP99Ms: number;
  buildCpuMs: number;
}

export interface SearchBenchResult {
  engine: 'embedded';
  node: string;
  /** 1-minute load average before and after: wall times on a busy machine are not the engine's. */
  loadAverage: { before: number; after: number };
  sizes: SizeResult[];
  targets: { build100kMs: number; p95Ms100k: number };
  pass: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** JS heap plus ArrayBuffers (the text index keeps its postings in typed arrays, outside the heap). */
function heapUsedMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

/** In its own frame, so the intermediate profiles are garbage before the heap is measured. */
function makeDocuments(count: number): ProfileSearchDocument[] {
  return generateProfiles(count).map((p) => toSearchDocument(p));
}

async function benchSize(count: number, rounds: number): Promise<SizeResult> {
  const docs = makeDocuments(count);
  const heapBefore = heapUsedMb();
  const engine = createEmbeddedSearchEngine();
  await engine.configure();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await engine.upsert(docs);
  const buildMs = performance.now() - t0;
  const buildCpu = process.cpuUsage(cpu0);
  const heapAfter = heapUsedMb();
  // Read `docs` after measuring so the input array is alive at both measurements and the
  // difference is the engine's own memory (it keeps its own copies of the documents).
  const documents = docs.length;

  const facets = ['kind', 'province', 'sector', 'need'] as const;
  for (const q of QUERY_MIX) await engine.search({ ...q, facets, limit: 20 }); // warm-up
  const timings: { ms: number; cpuMs: number; q: string }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERY_MIX) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      await engine.search({ ...q, facets, limit: 20, offset: (round % 3) * 20, highlight: true });
      const used = process.cpuUsage(cpu);
      timings.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, q: JSON.stringify(q) });
    }
  }
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  const cpuSorted = timings.map((t) => t.cpuMs).sort((a, b) => a - b);
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  await engine.close();
  return {
    documents,
    buildMs: Math.round(buildMs),
    heapUsedMb: Math.round(heapAfter - heapBefore),
    queries: timings.length,
    p50Ms: +percentile(sorted, 50).toFixed(2),
    p95Ms: +percentile(sorted, 95).toFixed(2),
    p99Ms: +percentile(sorted, 99).toFixed(2),
    maxMs: +slowest.ms.toFixed(2),
    slowestQuery: slowest.q,
    cpuP50Ms: +percentile(cpuSorted, 50).toFixed(2),
    cpuP95Ms: +percentile(cpuSorted, 95).toFixed(2),
    cpuP99Ms: +percentile(cpuSorted, 99).toFixed(2),
    buildCpuMs: Math.round((buildCpu.user + buildCpu.system) / 1000),
  };
}

export async function run(options: { sizes?: number[]; rounds?: number } = {}): Promise<SearchBenchResult> {
  const loadBefore = loadavg()[0]!;
  const sizes: SizeResult[] = [];
  for (const n of options.sizes ?? [10_000, 100_000]) sizes.push(await benchSize(n, options.rounds ?? 20));
  const big = sizes.find((s) => s.documents === 100_000);
  const targets = { build100kMs: 60_000, p95Ms100k: 25 };
  return {
    engine: 'embedded',
    node: process.version,
    loadAverage: { before: +loadBefore.toFixed(2), after: +loadavg()[0]!.toFixed(2) },
    sizes,
    targets,
    pass: big === undefined || (big.buildMs <= targets.build100kMs && big.p95Ms <= targets.p95Ms100k),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  console.table(
    result.sizes.map((s) => ({
      docs: s.documents,
      'build ms': s.buildMs,
      'memory MB': s.heapUsedMb,
      queries: s.queries,
      'p50 ms': s.p50Ms,
      'p95 ms': s.p95Ms,
      'p99 ms': s.p99Ms,
      'max ms': s.maxMs,
      'cpu p50': s.cpuP50Ms,
      'cpu p95': s.cpuP95Ms,
      'cpu p99': s.cpuP99Ms,
      'build cpu ms': s.buildCpuMs,
    })),
  );
  console.log(`load average ${result.loadAverage.before} → ${result.loadAverage.after} (${process.env.NODE_OPTIONS?.includes('expose-gc') ? 'heap after GC' : 'heap without forced GC'})`);
  for (const s of result.sizes) console.log(`slowest at ${s.documents}: ${s.maxMs} ms ${s.slowestQuery}`);
  console.log(`targets: build(100k) ≤ ${result.targets.build100kMs} ms, p95(100k) ≤ ${result.targets.p95Ms100k} ms → ${result.pass ? 'PASS' : 'FAIL'}`);
}
