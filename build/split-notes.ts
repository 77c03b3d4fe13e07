/**
 * What the browser downloads of the dataset's notes: the dataset's modules ship each note in
 * English only, and each other language's notes go into that language's messages chunk
 * (`src/data/messages/zh-CN.ts` gains `export const notes`, looked up by the English text), so a
 * reader of one language never downloads another's. Only the browser's build changes: the
 * prerender, the tests and the dev server read the modules as they are, every note in every
 * language.
 */
import type { Plugin } from 'vite';
import { DATA_LANGUAGE } from '../src/data/locale.ts';
import { splitNotes } from '../src/data/notes.ts';
import { LANGUAGE_TAGS } from '../src/data/types.ts';
import { currentDataset } from './releases.ts';

const MESSAGES = /[\\/]src[\\/]data[\\/]messages[\\/]([\w-]+)\.ts$/;
/** The dataset's modules: where notes are written. */
const DATA_MODULE = /[\\/]src[\\/]data[\\/][\w-]+\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A property's key as written: `en`, `'zh-CN'`. */
function keyOf(property: Node): string | undefined {
  const key = property.key as Node | undefined;
  if (property.type !== 'Property' || !key) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * Where, in a module's code, each note's text in another language than the data's stands: the
 * `'zh-CN': '…'` properties of object literals whose keys are exactly the map's languages.
 */
export function otherLanguageSpans(program: Node, code: string): Array<[number, number]> {
  const languages = [...LANGUAGE_TAGS].sort().join();
  const spans: Array<[number, number]> = [];
  const visit = (node: Node) => {
    if (node.type === 'ObjectExpression') {
      const properties = (node.properties as Node[]).filter(isNode);
      if (properties.map(keyOf).sort().join() === languages) {
        for (const property of properties) {
          if (keyOf(property) === DATA_LANGUAGE) continue;
          // The property and the comma after it, if any.
          let end = property.end;
          const comma = /^\s*,/.exec(code.slice(end));
          if (comma) end += comma[0].length;
          spans.push([property.start, end]);
        }
        return;
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return spans;
}

/** A JavaScript expression that parses `value` from one JSON text. */
const parsed = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function splitNotesForBrowser(): Plugin {
  let tables: Record<string, Record<string, string>> | undefined;
  return {
    name: 'split-notes',
    apply: 'build',
    transform(code, id) {
      if (this.environment.config.consumer !== 'client') return undefined;
      const lang = MESSAGES.exec(id)?.[1];
      if (lang) {
        // Only the modules it strips: other providers' datasets load on demand with their own notes.
        const { regions, milestones, publishedTotals } = currentDataset();
        tables ??= splitNotes({ regions, milestones, publishedTotals }).tables;
        const table = tables[lang];
        if (!table) return undefined;
        return { code: `${code}\nexport const notes = ${parsed(table)};\n`, map: null };
      }
      if (!DATA_MODULE.test(id) || !code.includes(DATA_LANGUAGE)) return undefined;
      const spans = otherLanguageSpans(this.parse(code) as unknown as Node, code);
      if (spans.length === 0) return undefined;
      let out = '';
      let at = 0;
      for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start);
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
