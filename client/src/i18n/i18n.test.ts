/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { en, vi } from './resources.js';
import { LANGUAGE_STORAGE_KEY, setLanguage, storedLanguage } from './index.js';
import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  CONSULTATION_STATUSES,
  CONTACT_CHANNELS,
  CRITERIA,
  FEES,
  INTRO_STATUSES,
  INVESTOR_TYPES,
  NEED_CATEGORIES,
  NOTIFICATION_TYPES,
  REFUSAL_REASONS,
  NEED_STATUSES,
  OUTCOME_TAGS,
  RESOURCE_KINDS,
  ROLES,
  STAGES,
  URGENCIES,
  WEEKDAYS,
} from '@ketnoi/contract';
import { KNOWN_ERROR_CODES } from '../api/http.js';
import { notificationKey } from '../pages/notifications/notificationView.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const viKeys = flatten(vi as Tree);
const enKeys = flatten(en as Tree);

/** A key resolves if it exists, or (used with a count) its plural forms exist. */
const resolves = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_other`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('translation files', () => {
  it('vi and en have exactly the same keys', () => {
    const onlyVi = [...viKeys.keys()].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys.keys()].filter((k) => !viKeys.has(k));
    expect(onlyVi).toEqual([]);
    expect(onlyEn).toEqual([]);
    expect(viKeys.size).toBeGreaterThan(300);
  });

  it('has no empty strings and keeps every {{placeholder}} in both languages', () => {
    for (const [key, text] of viKeys) {
      expect(text.trim(), `vi ${key}`).not.toBe('');
      expect(enKeys.get(key)?.trim(), `en ${key}`).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(enKeys.get(key) ?? ''), key).toEqual(vars(text));
    }
  });

  it('defines every literal key the source code passes to t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(300);
    expect([...used].filter((key) => !resolves(viKeys, key))).toEqual([]);
  });

  it('labels every code the contract lets the API send', () => {
    // Each list of codes, under the prefix its labels live at.
    const labelled: [prefix: string, codes: readonly string[]][] = [
      ['status', INTRO_STATUSES],
      ['status', NEED_STATUSES],
      ['status', CONSULTATION_STATUSES],
      ['category', NEED_CATEGORIES],
      ['outcome', OUTCOME_TAGS],
      ['roles', ROLES],
      ['stage', STAGES],
      ['urgency', URGENCIES],
      ['fee', FEES],
      ['investorType', INVESTOR_TYPES],
      ['resourceKind', RESOURCE_KINDS],
      ['errors', KNOWN_ERROR_CODES],
      ['errors.reason', REFUSAL_REASONS],
      ['criterion', CRITERIA],
      ['notifications.type', NOTIFICATION_TYPES.map(notificationKey)],
      // Issue 14 item 22: codes leaked into Vietnamese (the audit log, opening hours, contact channels).
      ['admin.auditAction', AUDIT_ACTIONS],
      ['admin.auditTarget', AUDIT_TARGET_TYPES],
      ['contacts.channels', CONTACT_CHANNELS],
      ['weekday', WEEKDAYS],
    ];
    const expected = labelled.flatMap(([prefix, codes]) => codes.map((code) => `${prefix}.${code}`));
    expect(expected.filter((key) => !viKeys.has(key))).toEqual([]);
  });
});

describe('language switch', () => {
  it('starts in Vietnamese, remembers English, and sets <html lang>', async () => {
    expect(storedLanguage()).toBe('vi');
    expect(i18next.t('nav.logout')).toBe('Đăng xuất');
    await setLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18next.t('nav.logout')).toBe('Sign out');
    expect(i18next.t('search.total', { count: 1 })).toBe('1 result');
    await setLanguage('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(i18next.t('search.total', { count: 3 })).toBe('3 kết quả');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('vi');
  });
});
