/**
 * What readers read is the map's and its data's own words, in their language: every note of the
 * dataset is written in every language the map speaks, its Chinese leaves no English behind, and
 * neither the notes nor the interface's messages name a file or a word of the code behind them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../../src/data/milestones.ts';
import { PUBLISHED_TOTALS } from '../../src/data/published-totals.ts';
import { REGIONS } from '../../src/data/regions.ts';
import { LANGUAGE_TAGS, type Note } from '../../src/data/types.ts';
import { englishIn } from '../proper-names.ts';

const MESSAGES_DIR = join(import.meta.dirname, '../../src/data/messages');
const ROOT = join(import.meta.dirname, '../..');

/**
 * Words of the code and its repository, never of the map: its source documents as the code calls
 * them, file names and extensions, its folders, its test words.
 */
const INTERNAL =
  /\bseeds?\b|\.(?:md|ts|js|mjs|svelte|txt|html)\b|\b(?:src|tests?|seeds|public|dist)\/|\bfixtures?\b|\bREADME\b|\bpackage\.json\b|\bTODO\b|\bFIXME\b|\bXXX\b|\bplaceholder\b|\bundefined\b|\bnull\b|\bNaN\b|\[object/i;

/** Every note anywhere in the dataset, the milestones and the published totals. */
function notesIn(value: unknown, found: Note[] = []): Note[] {
  if (Array.isArray(value)) {
    for (const item of value) notesIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (LANGUAGE_TAGS.every((lang) => typeof record[lang] === 'string')) {
      found.push(record as unknown as Note);
    } else {
      for (const item of Object.values(record)) notesIn(item, found);
    }
  }
  return found;
}

const NOTES = notesIn([REGIONS, MILESTONES, PUBLISHED_TOTALS]);

/** The words a message file can put on screen: its string and template literals, comments aside. */
function messageWords(file: string): string[] {
  const text = readFileSync(join(MESSAGES_DIR, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^import .*$/gm, '');
  return [...text.matchAll(/'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/** The story pages' reader-facing text: their markup without scripts, tags or attributes. */
function storyText(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, ' ');
}

describe('the words readers read', () => {
  it('are a language the map speaks for each message file', () => {
    const files = readdirSync(MESSAGES_DIR).map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...LANGUAGE_TAGS].sort());
  });

  it('give every note of the dataset in Chinese, not a copy of its English', () => {
    // Events, zone counts, zone and ID notes, milestones and published totals all have notes.
    expect(NOTES.length).toBeGreaterThan(80);
    for (const note of NOTES) {
      expect(note['zh-CN'], note.en).toMatch(/\p{Script=Han}/u);
      expect(note['zh-CN']).not.toBe(note.en);
    }
  });

  it('leave no English in the Chinese notes, names of companies, products and places aside', () => {
    const left = NOTES.map((note) => [note['zh-CN'], englishIn(note['zh-CN'])] as const).filter(
      ([, words]) => words.length > 0,
    );
    expect(left).toEqual([]);
  });

  it('keep every date and number of the English note in the Chinese', () => {
    // Days and years stand as digits in both; months and amounts change their words.
    const yearsAndDays = (text: string) =>
      (text.match(/\b(?:19|20)\d{2}\b/g) ?? []).sort().join(' ');
    for (const note of NOTES) {
      expect(yearsAndDays(note['zh-CN'].replace(/(\d)年/g, '$1 ')), note.en).toBe(
        yearsAndDays(note.en),
      );
    }
  });

  it.each(LANGUAGE_TAGS)('name no file and no word of the code in the notes, in %s', (lang) => {
    const internal = NOTES.map((note) => note[lang]).filter((text) => INTERNAL.test(text));
    expect(internal).toEqual([]);
  });

  it('name no file and no word of the code in the milestones’ titles or the regions’ names', () => {
    const texts = [
      ...MILESTONES.map((milestone) => milestone.title),
      ...REGIONS.flatMap((region) => [region.name, region.city]),
    ];
    expect(texts.filter((text) => INTERNAL.test(text))).toEqual([]);
  });

  it.each(readdirSync(MESSAGES_DIR))('name no file and no word of the code in %s', (file) => {
    const words = messageWords(file);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((text) => INTERNAL.test(text))).toEqual([]);
  });

  it.each(['story.html', 'story-zh-CN.html'])(
    'name no file and no word of the code in %s',
    (file) => {
      const text = storyText(file);
      expect(text.match(new RegExp(INTERNAL.source, 'gi')) ?? []).toEqual([]);
    },
  );
});
