/**
 * docs/ARCHITECTURE.md is the newcomer's map of `src/`: it must name every folder there, and every
 * folder it names under `src/` must exist, so the map cannot drift from the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** Folders that hold generated files or translations only, not code a newcomer looks for. */
const NOT_MAPPED = new Set(['meta', 'i18n', '__snapshots__']);

function foldersUnder(dir: string, depth: number, skip: ReadonlySet<string> = NOT_MAPPED): string[] {
  if (depth === 0) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name))
    .flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      return [relative, ...foldersUnder(relative, depth - 1, skip)];
    });
}

/** The folder names (`name/`) the tree block lists under `src/`, up to the next top-level entry. */
function foldersNamedUnderSrc(): string[] {
  const tree = /```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const lines = tree.split('\n');
  const start = lines.findIndex((line) => line === 'src/');
  const end = lines.findIndex((line, index) => index > start && /^\S/.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .flatMap((line) => [...line.matchAll(/(?:^|\s)([a-z0-9-]+)\/(?=\s|$)/g)].map((match) => match[1]!));
}

describe('docs/ARCHITECTURE.md', () => {
  const folders = [...new Set([...foldersUnder('src', 2), ...foldersUnder('src/server/modules', 1)])];

  it.each(folders)('names %s', (folder) => {
    expect(doc).toMatch(new RegExp(`(^|[\\s/])${path.basename(folder)}/`, 'm'));
  });

  it('names no folder under src/ that does not exist', () => {
    const existing = new Set(foldersUnder('src', 4, new Set()).map((folder) => path.basename(folder)));
    const named = foldersNamedUnderSrc();
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((name) => !existing.has(name))).toEqual([]);
  });
});
