// Checks a seed dataset against the reference data and the API's rules, returning readable
// problems instead of throwing so a test (or the seed CLI) can show all of them at once.
import {
  feeCodes,
  investorTypeCodes,
  isNeedCategoryCode,
  isProvinceCode,
  isSectorCode,
  languageCodes,
  resourceKindCodes,
  stageCodes,
  urgencyCodes,
} from './reference/index.js';
import { profileKinds, roles, type ProfileSeed, type SeedDataset, type SeedUser } from './types.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD_LENGTH = 10;

const oneOf = (list: readonly string[], value: string): boolean => list.includes(value);

function checkProvinces(where: string, codes: readonly string[], problems: string[]): void {
  for (const code of codes) if (!isProvinceCode(code)) problems.push(`${where}: unknown province "${code}"`);
}

function checkUser(user: SeedUser, problems: string[]): void {
  const where = `user ${user.key}`;
  if (!EMAIL.test(user.email)) problems.push(`${where}: malformed email "${user.email}"`);
  if (user.password.length < MIN_PASSWORD_LENGTH) problems.push(`${where}: password shorter than ${MIN_PASSWORD_LENGTH}`);
  if (!oneOf(roles, user.role)) problems.push(`${where}: unknown role "${user.role}"`);
  if (user.name.trim() === '') problems.push(`${where}: empty name`);
  checkProvinces(where, [user.province], problems);
}

function checkProfile(key: string, profile: ProfileSeed, user: SeedUser | undefined, problems: string[]): void {
  const where = `profile ${key}`;
  if (!user) {
    problems.push(`${where}: no user with that key`);
  } else if (user.role !== profile.kind) {
    problems.push(`${where}: kind ${profile.kind} differs from the user's role ${user.role}`);
  }
  for (const field of ['name', 'headline', 'about'] as const) {
    if (profile[field].trim() === '') problems.push(`${where}: empty ${field}`);
  }
  checkProvinces(where, [profile.province], problems);
  for (const sector of profile.sectors) if (!isSectorCode(sector)) problems.push(`${where}: unknown sector "${sector}"`);
  for (const lang of profile.languages) if (!oneOf(languageCodes, lang)) problems.push(`${where}: unknown language "${lang}"`);
  if (profile.languages.length === 0) problems.push(`${where}: no language`);

  switch (profile.kind) {
    case 'startup':
      if (!oneOf(stageCodes, profile.stage)) problems.push(`${where}: unknown stage "${profile.stage}"`);
      if (profile.products.length === 0) problems.push(`${where}: no products`);
      if (!Number.isInteger(profile.teamSize) || profile.teamSize < 1) problems.push(`${where}: bad teamSize`);
      if (profile.fundingAsk && profile.fundingAsk.min > profile.fundingAsk.max) problems.push(`${where}: fundingAsk min > max`);
      break;
    case 'expert':
      if (profile.expertise.length === 0) problems.push(`${where}: no expertise`);
      for (const c of profile.expertise) if (!isNeedCategoryCode(c)) problems.push(`${where}: unknown expertise "${c}"`);
      if (!Number.isInteger(profile.capacity) || profile.capacity < 1) problems.push(`${where}: bad capacity`);
      if (!oneOf(feeCodes, profile.fee)) problems.push(`${where}: unknown fee "${profile.fee}"`);
      checkProvinces(where, profile.servesProvinces, problems);
      break;
    case 'investor':
      if (!oneOf(investorTypeCodes, profile.investorType)) problems.push(`${where}: unknown investorType`);
      if (profile.ticket.min > profile.ticket.max || profile.ticket.min < 0) problems.push(`${where}: bad ticket`);
      for (const s of profile.stages) if (!oneOf(stageCodes, s)) problems.push(`${where}: unknown stage "${s}"`);
      checkProvinces(where, profile.servesProvinces, problems);
      break;
    case 'provider':
      if (profile.offerings.length === 0) problems.push(`${where}: no offerings`);
      for (const c of profile.offerings) if (!isNeedCategoryCode(c)) problems.push(`${where}: unknown offering "${c}"`);
      for (const r of profile.resources) {
        if (!oneOf(resourceKindCodes, r.kind)) problems.push(`${where}: unknown resource kind "${r.kind}"`);
      }
      checkProvinces(where, profile.servesProvinces, problems);
      break;
  }
}

/** All problems found in the dataset; an empty list means it is valid. */
export function validateDataset(dataset: SeedDataset): string[] {
  const problems: string[] = [];
  const usersByKey = new Map<string, SeedUser>();
  const emails = new Set<string>();
  for (const user of dataset.users) {
    if (usersByKey.has(user.key)) problems.push(`duplicate user key ${user.key}`);
    usersByKey.set(user.key, user);
    const email = user.email.toLowerCase();
    if (emails.has(email)) problems.push(`duplicate email ${user.email}`);
    emails.add(email);
    checkUser(user, problems);
  }
  for (const [key, profile] of Object.entries(dataset.profiles)) {
    checkProfile(key, profile, usersByKey.get(key), problems);
  }
  for (const user of dataset.users) {
    if (oneOf(profileKinds, user.role) && !dataset.profiles[user.key]) problems.push(`user ${user.key}: no profile`);
  }
  dataset.needs.forEach((need, i) => {
    const where = `need #${i} (${need.startupKey})`;
    const owner = dataset.profiles[need.startupKey];
    if (!owner) problems.push(`${where}: unknown startupKey`);
    else if (owner.kind !== 'startup') problems.push(`${where}: owner is a ${owner.kind}, not a startup`);
    if (!isNeedCategoryCode(need.category)) problems.push(`${where}: unknown category "${need.category}"`);
    if (!oneOf(urgencyCodes, need.urgency)) problems.push(`${where}: unknown urgency "${need.urgency}"`);
    if (need.title.trim() === '' || need.description.trim() === '') problems.push(`${where}: empty title or description`);
  });
  return problems;
}
