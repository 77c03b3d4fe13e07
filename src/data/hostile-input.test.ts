import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseFlag,
  parseRegion,
  parseTheme,
  parseViewState,
  parseYear,
  THEMES,
  type InputBounds,
} from './input.ts';

const bounds: InputBounds = {
  first: 2014,
  last: 2026,
  regionIds: ['paris', 'hong-kong', 'sydney'],
};

/** Values anyone can put in a URL, an attribute or a message. None may select, throw or echo. */
const HOSTILE: string[] = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x7E0',
  '0b11111100000',
  '2016.0',
  '2016e0',
  ' 2016 ',
  '２０１６',
  '٢٠١٦',
  '2016\u0000',
  '\u0000',
  'paris\u0000',
  'pa\u0000ris',
  'paris%00',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C0%AE%C0%AE/',
  '../../etc/passwd',
  'PARIS',
  'Paris',
  ' paris',
  'paris ',
  'paris\n',
  'paris,sydney',
  '*',
  '.*',
  '[object Object]',
  'undefined',
  'null',
  'true',
  '',
  'a'.repeat(5000),
  '9'.repeat(5000),
  '\u202Eparis',
  'hong kong',
  'hong_kong',
  'dark; background:url(javascript:alert(1))',
  'expression(alert(1))',
];

describe('hostile input', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value).slice(0, 60), value]))(
    'parses %s to nothing harmful and never throws',
    (_, value) => {
      const year = parseYear(value, bounds);
      expect(year === undefined || (Number.isInteger(year) && year >= 2014 && year <= 2026)).toBe(
        true,
      );
      expect(parseRegion(value, bounds)).toBeUndefined();
      expect(parseTheme(value)).toBeUndefined();
      // The table holds two real flag values, '' and 'true'; nothing else may read as a flag.
      expect(parseFlag(value)).toBe(value === '' || value === 'true' ? true : undefined);

      const encoded = encodeURIComponent(value);
      for (const search of [
        `?year=${encoded}&region=${encoded}&theme=${encoded}&embed=${encoded}`,
        `?${value}`,
        `?region=${value}&region=paris`,
        `?${encoded}=${encoded}`,
      ]) {
        const state = parseViewState(search, bounds);
        expect(
          Object.keys(state).every((key) => ['year', 'region', 'theme', 'embed'].includes(key)),
        ).toBe(true);
        if (state.region !== undefined) expect(bounds.regionIds).toContain(state.region);
        if (state.theme !== undefined) expect(THEMES).toContain(state.theme);
      }
    },
  );

  it('clamps plain integers and reads only the first of repeated keys', () => {
    expect(parseYear('1999', bounds)).toBe(2014);
    expect(parseYear('+2030', bounds)).toBe(2026);
    expect(parseViewState('?region=paris&region=sydney', bounds).region).toBe('paris');
    expect(parseViewState('?region=atlantis&region=paris', bounds).region).toBeUndefined();
  });

  it('reads no further than a capped length', () => {
    expect(parseViewState(`?x=${'a'.repeat(2000)}&year=2016`, bounds)).toEqual({});
  });
});

/** Source files of the app: none may turn text into markup. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('no markup from text', () => {
  it('uses no innerHTML, outerHTML, insertAdjacentHTML, document.write or {@html}', () => {
    const offenders = sources(join(import.meta.dirname, '..')).filter((path) =>
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\{@html/.test(
        readFileSync(path, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
