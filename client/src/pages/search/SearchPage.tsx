import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../../api/hooks/search.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_CATEGORIES, PROFILE_KINDS, SEARCH_TOTAL_LIMIT, SECTORS, type SearchParams } from '@ketnoi/contract';
import { oneOf } from '../../lib/codes.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { DESK, useMediaQuery } from '../../lib/useMediaQuery.js';
import { EmptyState, PagedView } from '../../components/States.js';
import { Facets, FACETS, type FacetName } from './Facets.js';
import { SearchResultCard } from './SearchResultCard.js';
import { PublicNav } from '../../components/PublicNav.js';
import { SearchBar } from '../../components/SearchBar.js';
import { useMe } from '../../api/hooks/auth.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';

export default function SearchPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  // Each search is its own history entry, so Back returns to the one before.
  const [params, update] = useUrlParams({ replace: false });
  const q = params.get('q') ?? '';

  // The URL is the state: a search can be bookmarked, shared and restored with Back.
  const searchParams: SearchParams = {
    q: q || undefined,
    kind: oneOf(PROFILE_KINDS, params.get('kind')),
    province: params.get('province') || undefined,
    sector: oneOf(SECTORS, params.get('sector')),
    need: oneOf(NEED_CATEGORIES, params.get('need')),
  };
  const filters: Partial<Record<FacetName, string>> = {};
  for (const facet of FACETS) {
    const value = searchParams[facet];
    if (value) filters[facet] = value;
  }
  const search = useSearch(searchParams);
  // On a phone the filters (dozens of choices) wait behind their button, below the search box,
  // so results come first; on a desk they stand beside the results (issue 14 item 22).
  const desk = useMediaQuery(DESK);
  const [filtersOpen, setFiltersOpen] = useState(desk);
  const [wasDesk, setWasDesk] = useState(desk);
  if (wasDesk !== desk) {
    setWasDesk(desk);
    setFiltersOpen(desk);
  }
  const activeFilters = Object.keys(filters).length;
  const { data: me } = useMe();
  usePageTitle(pageTitle(q ? `${q} — ${t('search.title')}` : t('search.title')));

  const first = search.data?.pages[0];

  return (
    <div className="page page--wide">
      {!me && <PublicNav province={searchParams.province} />}
      <h1>{t('search.title')}</h1>
      <SearchBar
        key={q}
        id="search-q"
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        initial={q}
        onSearch={(words) => update({ q: words })}
      />
      <div className="search-layout">
        <details
          className="search-filters"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary className="search-filters__toggle">
            {activeFilters > 0 ? t('search.filtersActive', { count: activeFilters }) : t('search.filters')}
          </summary>
          <Facets facets={first?.facets} selected={filters} onSelect={(facet, value) => update({ [facet]: value })} labels={labels} />
        </details>
        <section aria-live="polite" aria-busy={search.isFetching} className="search-results">
          <PagedView query={search} empty={<EmptyState title={t('search.empty')} hint={t('search.emptyHint')} />}>
            {(items) => (
              <>
                {first?.placesRead?.map((p) => (
                  <p key={p.legacy} className="notice">
                    {t('search.placeRead', { legacy: p.legacy, current: p.current })}
                  </p>
                ))}
                <h2 className="results-count">
                  {(first?.total ?? 0) >= SEARCH_TOTAL_LIMIT
                    ? t('search.totalCapped', { count: SEARCH_TOTAL_LIMIT })
                    : t('search.total', { count: first?.total ?? items.length })}
                </h2>
                <ul className="list">
                  {items.map((item) => (
                    <SearchResultCard key={item.id} item={item} labels={labels} />
                  ))}
                </ul>
              </>
            )}
          </PagedView>
        </section>
      </div>
    </div>
  );
}
