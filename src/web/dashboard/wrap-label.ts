/**
 * Breaks a category name into lines of at most `maxChars` characters at spaces, for chart axis
 * labels that must not run into each other. A word longer than a line stays whole; past
 * `maxLines` the last line ends in "…" (the full name stays in the tooltip and the text
 * alternative).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const tail = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${tail.length >= maxChars ? tail.slice(0, Math.max(1, maxChars - 1)) : tail}…`;
  return kept;
}
