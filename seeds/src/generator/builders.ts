// Builders for one generated profile of each kind. Each takes the record's own PRNG, so a
// record depends only on (seed, index).
import {
  needCategoryCodes,
  provinceCodes,
  provincesInRegion,
  sectorCodes,
  type FeeCode,
  type NeedCategoryCode,
  type Province,
  type StageCode,
  type UrgencyCode,
} from '../reference/index.js';
import type { ExpertProfileSeed, InvestorProfileSeed, NeedSeed, ProviderProfileSeed, StartupProfileSeed } from '../types.js';
import {
  brandFirstWords,
  brandSecondWords,
  familyNames,
  femaleGivenNames,
  femaleMiddleNames,
  maleGivenNames,
  maleMiddleNames,
} from './names.js';
import { needTemplates } from './needTemplates.js';
import { expertiseWeights, expertOrganizations, expertRoles, investorStyles, investorTypeWeights, providerStyles } from './orgTemplates.js';
import { chance, fill, intBetween, pick, sample, weightedPick, type Random } from './prng.js';
import { productIdeas, qualityWords, salesChannels } from './products.js';

export interface Person {
  name: string;
  given: string;
}

export function personName(rng: Random): Person {
  const female = chance(rng, 0.5);
  const given = female ? pick(rng, femaleGivenNames) : pick(rng, maleGivenNames);
  const middle = female ? pick(rng, femaleMiddleNames) : pick(rng, maleMiddleNames);
  return { name: `${pick(rng, familyNames)} ${middle} ${given}`, given };
}

export const brandName = (rng: Random): string => `${pick(rng, brandFirstWords)} ${pick(rng, brandSecondWords)}`;

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const languagesFor = (rng: Random, englishShare: number): ('vi' | 'en')[] => (chance(rng, englishShare) ? ['vi', 'en'] : ['vi']);

/** The province itself plus up to `extra` others in its region. */
function nearbyProvinces(rng: Random, province: Province, extra: number): Province['code'][] {
  const neighbours = provincesInRegion(province.region)
    .map((p) => p.code)
    .filter((c) => c !== province.code);
  return [province.code, ...sample(rng, neighbours, extra)];
}

const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

// ---------------------------------------------------------------------------------------------
// Startups

const stageWeights: readonly (readonly [StageCode, number])[] = [
  ['idea', 15],
  ['prototype', 30],
  ['early_revenue', 35],
  ['growth', 20],
];
const teamSizeByStage: Record<StageCode, readonly [number, number]> = {
  idea: [1, 4],
  prototype: [2, 8],
  early_revenue: [3, 20],
  growth: [5, 50],
};
const fundingAskByStage: Record<StageCode, readonly [number, number]> = {
  idea: [30_000_000, 300_000_000],
  prototype: [100_000_000, 1_000_000_000],
  early_revenue: [500_000_000, 3_000_000_000],
  growth: [1_000_000_000, 10_000_000_000],
};
const needWeights: readonly (readonly [NeedCategoryCode, number])[] = [
  ['distribution', 16],
  ['standards', 14],
  ['trademark', 10],
  ['funding', 12],
  ['marketing', 12],
  ['technology', 10],
  ['mentoring', 10],
  ['training', 6],
  ['legal', 6],
  ['workspace', 4],
];
const urgencyWeights: readonly (readonly [UrgencyCode, number])[] = [
  ['low', 25],
  ['normal', 55],
  ['high', 20],
];

function amountInWords(rng: Random): string {
  return chance(rng, 0.6) ? `${intBetween(rng, 1, 9)}00 triệu đồng` : `${intBetween(rng, 1, 5)} tỷ đồng`;
}

// Services and software have no food labels or barcodes to certify.
const serviceNeedWeights = needWeights.filter(([category]) => category !== 'standards');

function startupNeeds(rng: Random, startupKey: string, product: string, place: string, isService: boolean): NeedSeed[] {
  const categories: NeedCategoryCode[] = [];
  const count = intBetween(rng, 1, 3);
  while (categories.length < count) {
    const category = weightedPick(rng, isService ? serviceNeedWeights : needWeights);
    if (!categories.includes(category)) categories.push(category);
  }
  return categories.map((category) => {
    const template = pick(rng, needTemplates[category]);
    const values = { product: lowerFirst(product), place, amount: amountInWords(rng), n: String(intBetween(rng, 2, 9)) };
    return {
      startupKey,
      category,
      title: fill(template.title, values),
      description: fill(template.description, values),
      urgency: weightedPick(rng, urgencyWeights),
    };
  });
}

export function buildStartup(
  rng: Random,
  key: string,
  province: Province,
  person: Person,
): { profile: Omit<StartupProfileSeed, 'contact'>; needs: NeedSeed[] } {
  const idea = pick(rng, productIdeas);
  const related = productIdeas.filter((p) => p !== idea && p.sectors[0] === idea.sectors[0]);
  const second = related.length > 0 && chance(rng, 0.4) ? pick(rng, related) : undefined;
  const place = province.name;
  const values = { product: idea.name, lower: lowerFirst(idea.name), place, brand: brandName(rng), given: person.given };
  const isService = idea.pitch !== undefined;
  const name = fill(
    pick(
      rng,
      isService
        ? ['{brand}', '{brand} – {lower}', '{product} {place}']
        : ['HTX {product} {place}', '{product} {place}', '{brand} – {lower}', 'Tổ hợp tác {lower} {place}', 'Cơ sở {lower} {given}'],
    ),
    values,
  );
  const stage = weightedPick(rng, stageWeights);
  const [minTeam, maxTeam] = teamSizeByStage[stage];
  const foundedYear = stage === 'idea' ? intBetween(rng, 2024, 2025) : intBetween(rng, 2012, 2024);
  const members = intBetween(rng, minTeam, maxTeam);
  const about = [
    `Nhóm ${members} thành viên ở ${place} làm ${lowerFirst(idea.name)} từ năm ${foundedYear}.`,
    `${idea.description}.`,
    stage === 'idea'
      ? 'Dự án đang ở giai đoạn ý tưởng, đang thử nghiệm với khách hàng đầu tiên.'
      : isService
        ? `Đã có ${intBetween(rng, 2, 90) * 10} người dùng thử ở ${place} và các tỉnh lân cận.`
        : `Sản phẩm đang bán qua ${sample(rng, salesChannels, 2).join(' và ')}.`,
  ].join(' ');
  const quality = pick(
    rng,
    qualityWords.filter((q) => !idea.name.toLocaleLowerCase('vi').includes(q)),
  );
  const profile: Omit<StartupProfileSeed, 'contact'> = {
    kind: 'startup',
    name,
    headline: idea.pitch ?? `${idea.name} ${quality} từ ${place}`,
    about,
    province: province.code,
    sectors: [...new Set(idea.sectors)],
    languages: languagesFor(rng, 0.25),
    verified: chance(rng, 0.3),
    stage,
    teamSize: members,
    foundedYear,
    products: [idea, ...(second ? [second] : [])].map((p) => ({ name: p.name, description: p.description })),
  };
  if (chance(rng, 0.4)) {
    const [lo, hi] = fundingAskByStage[stage];
    const min = roundTo(lo + rng() * (hi - lo) * 0.5, 10_000_000);
    profile.fundingAsk = { min, max: roundTo(min * (1.5 + rng() * 2), 10_000_000) };
  }
  return { profile, needs: startupNeeds(rng, key, idea.name, place, isService) };
}

// ---------------------------------------------------------------------------------------------
// Experts, investors, providers

const feeWeights: readonly (readonly [FeeCode, number])[] = [
  ['pro_bono', 35],
  ['paid', 35],
  ['negotiable', 30],
];

export function buildExpert(rng: Random, province: Province, person: Person): Omit<ExpertProfileSeed, 'contact'> {
  const main = weightedPick(rng, expertiseWeights);
  const others = sample(
    rng,
    needCategoryCodes.filter((c) => c !== main),
    intBetween(rng, 0, 2),
  );
  const role = expertRoles[main];
  const years = intBetween(rng, 2, 30);
  const remote = chance(rng, 0.45);
  const profile: Omit<ExpertProfileSeed, 'contact'> = {
    kind: 'expert',
    name: `${person.name} – ${role.title}`,
    headline: role.headline,
    about: `${years} năm kinh nghiệm ${role.about}. Làm việc với hợp tác xã, hộ kinh doanh và dự án khởi nghiệp ở ${province.name}.`,
    province: province.code,
    sectors: sample(rng, sectorCodes, intBetween(rng, 1, 3)),
    languages: languagesFor(rng, 0.35),
    verified: chance(rng, 0.4),
    expertise: [main, ...others],
    yearsExperience: years,
    capacity: intBetween(rng, 1, 5),
    remote,
    servesProvinces: remote && chance(rng, 0.3) ? [...provinceCodes] : nearbyProvinces(rng, province, intBetween(rng, 0, 4)),
    fee: weightedPick(rng, feeWeights),
  };
  if (chance(rng, 0.7)) {
    profile.organization = fill(pick(rng, expertOrganizations), { place: province.name, brand: brandName(rng) });
  }
  return profile;
}

export function buildInvestor(rng: Random, province: Province, person: Person): Omit<InvestorProfileSeed, 'contact'> {
  const investorType = weightedPick(rng, investorTypeWeights);
  const style = investorStyles[investorType];
  const min = roundTo(style.ticket.min + rng() * (style.ticket.max - style.ticket.min) * 0.25, 10_000_000);
  const max = Math.min(style.ticket.max, roundTo(min * (2 + rng() * 8), 10_000_000));
  const servesProvinces =
    investorType === 'public'
      ? [province.code]
      : investorType === 'angel' || chance(rng, 0.3)
        ? nearbyProvinces(rng, province, intBetween(rng, 1, 5))
        : [...provinceCodes];
  return {
    kind: 'investor',
    name: fill(pick(rng, style.names), { person: person.name, place: province.name, brand: brandName(rng) }),
    headline: style.headline,
    about: style.about,
    province: province.code,
    sectors: sample(rng, sectorCodes, intBetween(rng, 2, 4)),
    languages: languagesFor(rng, 0.5),
    verified: chance(rng, 0.5),
    investorType,
    ticket: { min, max: Math.max(min, max) },
    stages: [...style.stages],
    servesProvinces,
  };
}

export function buildProvider(rng: Random, province: Province): Omit<ProviderProfileSeed, 'contact'> {
  const style = pick(rng, providerStyles);
  const nationwide = style.resources.some((r) => r.kind === 'online_store');
  return {
    kind: 'provider',
    name: fill(pick(rng, style.names), { place: province.name, brand: brandName(rng) }),
    headline: style.headline,
    about: style.about,
    province: province.code,
    sectors: sample(rng, sectorCodes, intBetween(rng, 1, 3)),
    languages: languagesFor(rng, 0.3),
    verified: chance(rng, 0.5),
    offerings: [...style.offerings],
    resources: style.resources.map((r) => ({
      name: r.name,
      kind: r.kind,
      ...(r.capacity ? { capacity: intBetween(rng, r.capacity[0], r.capacity[1]) } : {}),
    })),
    servesProvinces: nationwide ? [...provinceCodes] : nearbyProvinces(rng, province, intBetween(rng, 0, 3)),
  };
}
