/** `value` when it is one of the contract's `codes` (a URL parameter, a select's value), else undefined. */
export function oneOf<T extends string>(codes: readonly T[], value: string | null | undefined): T | undefined {
  return value && (codes as readonly string[]).includes(value) ? (value as T) : undefined;
}
