import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import en from '../data/messages/en.ts';
import zh from '../data/messages/zh-CN.ts';
import { unsafeCharacter } from '../data/validate.ts';
import { composeSvg } from './compose-svg.ts';
import { layoutFigure } from './figure-layout.ts';
import { KEY } from './key.ts';
import { PALETTES } from './palette.ts';

/** A rough measure: the layout only needs widths that grow with the text. */
const measure = (text: string) => text.length * 7;

function figure(width: number, name = 'Paris', title = 'Regions, 2026') {
  const layout = layoutFigure(
    {
      width,
      height: 300,
      labels: [
        { id: 'paris', text: name, left: 100, top: 50, width: 40, height: 16, side: 'right' },
      ],
      text: {
        title: 'Alibaba Cloud’s data-center regions',
        year: 2026,
        summary: '32 regions operating in 16 countries & territories as of November 2026',
        source: 'Source: Alibaba Cloud Footprint <footprint>',
        key: en.figure.key,
        keyItems: KEY,
      },
      palette: PALETTES.light,
    },
    measure,
  );
  const map = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="300"><rect width="${width}" height="300"/></svg>`;
  const markup = composeSvg(layout, map, title, 'en');
  return { layout, svg: new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document };
}

describe('the SVG figure', () => {
  it('is a well-formed document with its words as text, escaped', () => {
    const { svg } = figure(800);
    expect(svg.querySelector('parsererror')).toBeNull();
    const words = [...svg.querySelectorAll('#words text')].map((t) => t.textContent);
    expect(words).toContain('2026');
    expect(words.join(' ')).toContain('16 countries & territories');
    expect(words.join(' ')).toContain('Source: Alibaba Cloud Footprint <footprint>');
    expect(svg.querySelector('title')?.textContent).toBe('Regions, 2026');
  });

  it('nests the map under the header, and keeps the names over it with a halo', () => {
    const { svg, layout } = figure(800);
    const map = svg.querySelector('#map > svg')!;
    expect(Number(map.getAttribute('y'))).toBeCloseTo(layout.mapTop, 0);
    const name = svg.querySelector('#names text')!;
    expect(name.textContent).toBe('Paris');
    expect(Number(name.getAttribute('y'))).toBeGreaterThan(layout.mapTop);
    expect(name.getAttribute('paint-order')).toBe('stroke');
  });

  it('wraps the key onto more rows when the map is narrow, and grows to fit', () => {
    const wide = figure(800);
    const narrow = figure(320);
    expect(narrow.layout.height).toBeGreaterThan(wide.layout.height);
    const rows = (doc: Document) =>
      new Set(
        [...doc.querySelectorAll('#key g')].map((g) => g.getAttribute('transform')!.split(' ')[1]),
      ).size;
    expect(rows(narrow.svg)).toBeGreaterThan(rows(wide.svg));
  });

  it('wraps Chinese between words, no line wider than the figure, with no text lost', () => {
    const source =
      '来源：阿里云足迹（Alibaba Cloud Footprint）；每个事件均引用阿里云或新闻报道。国界：Natural Earth。';
    const layout = layoutFigure(
      {
        width: 320,
        height: 300,
        labels: [],
        text: {
          title: '阿里云数据中心地域',
          year: 2024,
          summary: '截至2024年底，14 个国家和地区共有 28 个地域运营',
          source,
          key: zh.figure.key,
          keyItems: KEY,
        },
        palette: PALETTES.light,
      },
      measure,
    );
    const lines = layout.lines.filter((line) => source.includes(line.text) && line.text.length > 1);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join('')).toBe(source);
    for (const line of lines) expect(measure(line.text)).toBeLessThanOrEqual(320 - 2 * 14);
    // No line starts with punctuation that belongs to the word before it.
    for (const line of lines) expect(line.text).not.toMatch(/^[，。；：）]/);
  });

  it('stays well-formed XML with every character the dataset validator accepts', () => {
    // Every code point of the first plane, and the first and last of every other plane: all the
    // text a region's name or a title can carry into the figure.
    const candidates = [
      ...Array.from({ length: 0x10000 }, (_, code) => code),
      ...Array.from({ length: 16 }, (_, plane) => [
        (plane + 1) * 0x10000,
        (plane + 1) * 0x10000 + 0xffff,
      ]).flat(),
      0x1f1eb,
    ];
    const accepted = candidates
      .map((code) => String.fromCodePoint(code))
      .filter((character) => unsafeCharacter(character) === undefined);
    // The surrogates, controls, bidi controls and two noncharacters are left out, nothing else.
    expect(candidates.length - accepted.length).toBe(2048 + 62 + 9 + 2);
    const text = accepted.join('');
    const { svg } = figure(800, text, text);
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.querySelector('#names text')?.textContent).toBe(text.replace(/\r\n?/g, '\n'));
    expect(svg.querySelector('title')?.textContent).toBe(text.replace(/\r\n?/g, '\n'));
  });

  it.each([
    ['a C0 control', '\u0001'],
    ['a vertical tab', '\u000b'],
    ['a noncharacter', '\ufffe'],
  ])('would be broken by %s, which the validator rejects', (_, character) => {
    expect(() => figure(800, `Paris${character}`)).toThrow(/disallowed character/);
    expect(unsafeCharacter(`Paris${character}`)).toBeDefined();
  });
});
