/// <reference types="node" />
import { afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The app's stylesheets, in the cascade order of styles/app.css (its @imports, read from it). Read
// from disk: under vitest a CSS import (even ?raw) comes back empty.
const STYLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'styles');
const read = (name: string) => readFileSync(join(STYLES, name), 'utf8');
const css = () => [...read('app.css').matchAll(/@import '\.\/([^']+)';/g)].map(([, file]) => read(file!)).join('\n');

let added: HTMLStyleElement | null = null;

/**
 * Put the app's CSS into the test document, so getComputedStyle answers with what the rules say
 * (jsdom does the cascade of plain rules; it lays nothing out and skips the wide-screen @media).
 */
export function appStyles(): void {
  added?.remove();
  added = document.createElement('style');
  added.textContent = css();
  document.head.append(added);
}

/** The top-level style rule with exactly this selector, from the sheets appStyles added. */
export function ruleFor(selector: string): CSSStyleRule | undefined {
  const rules = [...(added?.sheet?.cssRules ?? [])];
  return rules.find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === selector);
}

afterEach(() => {
  added?.remove();
  added = null;
});
