import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type InputBounds } from './input.ts';

const bounds: InputBounds = {
  first: 2009,
  last: 2026,
  regionIds: ['paris', 'frankfurt', 'hong-kong'],
};
const parse = (search: string) => parseViewState(search, bounds);

describe('view state in the URL', () => {
  it('reads a language the map speaks, in any case, and nothing else', () => {
    const languages = { ...bounds, languages: ['en', 'zh-CN'] };
    expect(parseViewState('?lang=zh-cn', languages).lang).toBe('zh-CN');
    expect(parseViewState('?lang=%20en%20', languages).lang).toBe('en');
    expect(parseViewState('?lang=fr', languages).lang).toBeUndefined();
    expect(parseViewState('?lang=zh-CN', bounds).lang).toBeUndefined();
    expect(serializeViewState({ year: 2016, lang: 'zh-CN' })).toBe('?year=2016&lang=zh-CN');
  });

  it('reads the providers to compare with, in their fixed order, and only theirs', () => {
    expect(parse('?compare=google,AWS,%20azure,aws').compare).toEqual(['aws', 'azure', 'google']);
    expect(parse('?compare=oracle,__proto__').compare).toBeUndefined();
    expect(serializeViewState({ year: 2026, compare: ['aws', 'google'] })).toBe(
      '?year=2026&compare=aws,google',
    );
    expect(parse(serializeViewState({ compare: ['azure'] })).compare).toEqual(['azure']);
  });

  it('reads another provider’s region only with its layer on, by the shape of its ids', () => {
    expect(parse('?compare=aws&region=aws-eu-west-2').region).toBe('aws-eu-west-2');
    expect(parse('?region=aws-eu-west-2').region).toBeUndefined();
    expect(parse('?compare=azure&region=aws-eu-west-2').region).toBeUndefined();
    expect(parse('?compare=aws&region=aws-EU_west').region).toBeUndefined();
    expect(parse('?compare=aws&region=paris').region).toBe('paris');
  });

  it('reads year, region, theme and embed', () => {
    expect(parse('?year=2016&region=paris&theme=dark&embed=1')).toEqual({
      year: 2016,
      region: 'paris',
      theme: 'dark',
      embed: true,
    });
  });

  it('round-trips through serialize', () => {
    const state = { year: 2016, region: 'hong-kong', theme: 'dark' as const, embed: true };
    expect(parse(serializeViewState(state))).toEqual(state);
    expect(serializeViewState({})).toBe('');
  });

  it('leaves out the default theme: auto on the page, light in an embed', () => {
    expect(serializeViewState({ theme: 'auto' })).toBe('');
    expect(serializeViewState({ theme: 'light' })).toBe('?theme=light');
    expect(serializeViewState({ embed: true, theme: 'light' })).toBe('?embed=1');
    expect(serializeViewState({ embed: true, theme: 'auto' })).toBe('?embed=1&theme=auto');
  });

  it('clamps years out of range', () => {
    expect(parse('?year=1990').year).toBe(2009);
    expect(parse('?year=2999').year).toBe(2026);
    expect(parse('?year=-5').year).toBe(2009);
  });

  it.each([
    '?year=abc',
    '?year=2016.5',
    '?year=1e3',
    '?year=1e309',
    '?year=NaN',
    '?year=Infinity',
    '?year=0x7E0',
    '?year=',
    '?year=20160000000',
  ])('ignores a year that is not a plain integer: %s', (search) => {
    expect(parse(search).year).toBeUndefined();
  });

  it.each([
    '?region=atlantis',
    '?region=PARIS',
    '?region=__proto__',
    '?region=constructor',
    '?region=paris%00',
    '?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `?region=${'a'.repeat(5000)}`,
  ])('ignores an unknown region: %s', (search) => {
    expect(parse(search).region).toBeUndefined();
  });

  it('takes the first of repeated keys and ignores unknown ones', () => {
    expect(parse('?year=2016&year=2020&foo=bar&__proto__=x')).toEqual({ year: 2016 });
  });

  it('never throws on broken percent-encoding or odd input', () => {
    expect(parse('?year=%E0%A4%A&region=%')).toEqual({});
    expect(parse('')).toEqual({});
    expect(parse('year=2020')).toEqual({ year: 2020 });
    expect(parse('?theme=javascript:alert(1)')).toEqual({});
  });
});
