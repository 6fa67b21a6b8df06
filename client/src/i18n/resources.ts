// The translation resources: the core files (vi.json, en.json) plus one file per feature under
// vi/ and en/ (e.g. vi/events.json holding `{"events": {…}}`), so features add their words
// without touching each other's files. A top-level key lives in exactly one file.
import coreVi from './vi.json';
import coreEn from './en.json';

type Tree = { [key: string]: string | Tree };

const featureFiles = {
  vi: import.meta.glob<Tree>('./vi/*.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Tree>('./en/*.json', { eager: true, import: 'default' }),
};

function merge(core: Tree, features: Record<string, Tree>): Tree {
  const out: Tree = { ...core };
  for (const [file, tree] of Object.entries(features)) {
    for (const [key, value] of Object.entries(tree)) {
      if (key in out) throw new Error(`i18n: "${key}" in ${file} is already defined elsewhere`);
      out[key] = value;
    }
  }
  return out;
}

export const vi = merge(coreVi as Tree, featureFiles.vi);
export const en = merge(coreEn as Tree, featureFiles.en);
