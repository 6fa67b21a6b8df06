/** Vietnamese folding for client-side filtering: "Đăng ký" and "dang ky" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function matchesFolded(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle.trim()));
}
