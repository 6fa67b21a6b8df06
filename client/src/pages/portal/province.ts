import { useSearchParams } from 'react-router';
import { resolveProvince } from '@ketnoi/seeds/reference/provinces';

/** What `?province=` asked for: the current unit it names, or the text nobody could place. */
export interface PortalProvinceRequest {
  /** The current (34-unit) code: `lang-son`, and `da-nang` for `quang-nam` or "Tỉnh Quảng Nam". */
  code?: string;
  /** The value as written, when it names no province (shown back to the visitor). */
  unknown?: string;
}

/**
 * Reads `?province=` the way the API does: a code, a current or pre-2025 name or slug. Department
 * links written before the 2025 merger (`?province=quang-nam`) keep working and read as the new unit.
 */
export function portalProvinceRequest(value: string | null): PortalProvinceRequest {
  const asked = value?.trim() ?? '';
  if (!asked) return {};
  const code = asked.length <= 120 ? resolveProvince(asked) : null;
  return code ? { code } : { unknown: asked.slice(0, 60) };
}

export function usePortalProvinceRequest(): PortalProvinceRequest {
  const [params] = useSearchParams();
  return portalProvinceRequest(params.get('province'));
}

/**
 * The province a department's link chose (`/?province=lang-son`): it scopes the figures, events
 * and search of the public pages. A value that names no province is ignored (the country's view).
 */
export function usePortalProvince(): string | undefined {
  return usePortalProvinceRequest().code;
}

/** `path` with the chosen province carried along. */
export function withProvince(path: string, province: string | undefined): string {
  if (!province) return path;
  return `${path}${path.includes('?') ? '&' : '?'}province=${encodeURIComponent(province)}`;
}
