// SearchFilters → Meilisearch filter expression. Every value is a quoted string literal with
// backslashes and double quotes escaped, so no input can change the expression's structure.
import type { FacetName, SearchFilters } from '../engine.js';

/** Document attribute behind each facet name of the port. */
export const FACET_ATTRIBUTE: Record<FacetName, string> = {
  kind: 'kind',
  province: 'province',
  sector: 'sectors',
  need: 'need',
};

export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function inList(attribute: string, values: readonly string[] | undefined, negate = false): string | undefined {
  if (!values || values.length === 0) return undefined;
  const list = [...new Set(values)].map(quoteFilterValue).join(', ');
  return `${attribute} ${negate ? 'NOT IN' : 'IN'} [${list}]`;
}

/** One AND of clauses, each an IN list (OR within a field); undefined when nothing is filtered. */
export function buildMeiliFilter(filters: SearchFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const clauses = [
    inList('kind', filters.kind),
    inList('province', filters.province),
    inList('sectors', filters.sector),
    inList('need', filters.need),
    inList('region', filters.region),
    inList('servesProvinces', filters.servesProvince),
    filters.hideProvinces && filters.hideProvinces.length > 0
      ? `NOT (${inList('province', filters.hideProvinces)} AND kind != "startup")`
      : undefined,
    filters.verified === undefined ? undefined : `verified = ${filters.verified ? 'true' : 'false'}`,
    inList('id', filters.ids),
    inList('id', filters.excludeIds, true),
  ].filter((c): c is string => c !== undefined);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}
