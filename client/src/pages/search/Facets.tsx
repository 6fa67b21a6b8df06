import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Labels } from '../../api/hooks/reference.js';
import type { SearchResult } from '@ketnoi/contract';

export type FacetName = 'kind' | 'province' | 'sector' | 'need';
export const FACETS: FacetName[] = ['kind', 'province', 'sector', 'need'];
/** The most frequent choices of a facet are shown; the rest behind "more". */
const FIRST_OPTIONS = 6;

interface Props {
  facets: SearchResult['facets'] | undefined;
  selected: Partial<Record<FacetName, string>>;
  onSelect: (facet: FacetName, value: string | null) => void;
  labels: Labels;
}

/** One-choice filters per facet with the server's counts; the chosen value can be cleared. */
export function Facets({ facets, selected, onSelect, labels }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<FacetName[]>([]);
  const labelFor = (facet: FacetName, code: string) => {
    switch (facet) {
      case 'kind':
        return t(`roles.${code}`, { defaultValue: code });
      case 'province':
        return labels.province(code);
      case 'sector':
        return labels.sector(code);
      case 'need':
        return labels.category(code);
    }
  };
  return (
    <div className="facets">
      {FACETS.map((facet) => {
        const counts = Object.entries(facets?.[facet] ?? {}).sort((a, b) => b[1] - a[1]);
        const current = selected[facet];
        if (counts.length === 0 && !current) return null;
        // Keep the chosen value visible (and clearable) even when the new results have none of it, first.
        const at = counts.findIndex(([code]) => code === current);
        if (current) counts.unshift(at >= 0 ? counts.splice(at, 1)[0]! : [current, 0]);
        const shown = expanded.includes(facet) ? counts : counts.slice(0, FIRST_OPTIONS);
        return (
          <fieldset key={facet} className="facet">
            <legend>{t(`search.facet.${facet}`)}</legend>
            <ul className="facet__list">
              {shown.map(([code, count]) => (
                <li key={code}>
                  <button
                    type="button"
                    className="facet__option"
                    aria-pressed={current === code}
                    onClick={() => onSelect(facet, current === code ? null : code)}
                  >
                    <span>{labelFor(facet, code)}</span>
                    <span className="facet__count">{count}</span>
                  </button>
                </li>
              ))}
            </ul>
            {counts.length > FIRST_OPTIONS && (
              <button
                type="button"
                className="btn btn--ghost btn--small"
                aria-expanded={expanded.includes(facet)}
                onClick={() => setExpanded((list) => (list.includes(facet) ? list.filter((f) => f !== facet) : [...list, facet]))}
              >
                {expanded.includes(facet) ? t('search.fewer') : t('search.more', { count: counts.length - FIRST_OPTIONS })}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
