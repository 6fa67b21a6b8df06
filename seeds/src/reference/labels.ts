// Every reference list is a list of coded labels: a stable ASCII code plus the Vietnamese
// label shown first and its English equivalent.

export interface CodedLabel<C extends string = string> {
  readonly code: C;
  readonly vi: string;
  readonly en: string;
}

/** The codes of a labelled list, in list order (handy for schema enums). */
export function codesOf<C extends string>(list: readonly CodedLabel<C>[]): C[] {
  return list.map((item) => item.code);
}
