import { describe, expect, it } from 'vitest';
import { LIVE } from './live.ts';
import { createLocale } from './locale.ts';
import en from './messages/en.ts';
import zh from './messages/zh-CN.ts';
import { splitNotes } from './notes.ts';

describe('the notes as they ship', () => {
  it('read the same in every language as the dataset’s own, from one language’s table', () => {
    const { data, tables } = splitNotes(LIVE);
    expect(JSON.stringify(data)).not.toMatch(/"zh-CN":/);
    const zhShipped = createLocale('zh-CN', zh, tables['zh-CN']);
    const zhSource = createLocale('zh-CN', zh);
    const enShipped = createLocale('en', en);
    let notes = 0;
    LIVE.regions.forEach((region, i) => {
      region.events.forEach((event, j) => {
        if (!event.note) return;
        notes++;
        const shipped = data.regions[i]!.events[j]!.note!;
        expect(zhShipped.note(shipped)).toBe(zhSource.note(event.note));
        expect(enShipped.note(shipped)).toBe(event.note.en);
      });
    });
    expect(notes).toBeGreaterThan(20);
  });

  it('refuses one English note with two translations', () => {
    const twice = [
      { en: 'planned', 'zh-CN': '计划中' },
      { en: 'planned', 'zh-CN': '已计划' },
    ];
    expect(() => splitNotes(twice)).toThrow('“planned” has two zh-CN translations');
  });

  it('leaves everything but notes as it was', () => {
    const record = { name: 'Paris', officialName: { zh: { text: '法国（巴黎）' } }, lat: 48.86 };
    expect(splitNotes(record).data).toEqual(record);
  });
});
