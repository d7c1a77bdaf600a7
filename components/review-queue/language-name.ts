const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "zh" → "Chinese": how the queue names an item's language. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
