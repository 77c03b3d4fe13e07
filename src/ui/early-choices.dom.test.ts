import { describe, expect, it } from 'vitest';
import { earlyChoices } from './early-choices.ts';

/**
 * The HTML's controls as the build renders them: 2016 on the slider, AWS compared, the list of
 * every provider's regions.
 */
function html(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <input id="year-slider" type="range" min="2009" max="2026" value="2016" />
    <label data-provider="aws"><input type="checkbox" checked /></label>
    <label data-provider="azure"><input type="checkbox" /></label>
    <select id="provider-filter"><option value="all" selected>All</option><option value="aws">AWS</option></select>`;
  return root;
}

/** Every `input` and `change` the controls tell of, as `id-or-provider event value`. */
function heard(root: HTMLElement): string[] {
  const events: string[] = [];
  for (const type of ['input', 'change']) {
    root.addEventListener(type, (event) => {
      const input = event.target as HTMLInputElement;
      const name = input.id || input.parentElement!.dataset.provider;
      events.push(`${name} ${type} ${input.type === 'checkbox' ? input.checked : input.value}`);
    });
  }
  return events;
}

describe('what a reader did before the app took the HTML over', () => {
  it('is nothing when the reader has touched nothing', () => {
    const root = html();
    const events = heard(root);
    earlyChoices(root)();
    expect(events).toEqual([]);
  });

  it('is done again after hydration has set the controls back, and told as a reader’s change', () => {
    const root = html();
    const slider = root.querySelector<HTMLInputElement>('#year-slider')!;
    const aws = root.querySelector<HTMLInputElement>('[data-provider="aws"] input')!;
    const filter = root.querySelector('select')!;
    slider.value = '2019';
    aws.checked = false;
    filter.value = 'aws';
    const redo = earlyChoices(root);
    // Hydration sets them back to the HTML's view.
    slider.value = '2016';
    aws.checked = true;
    filter.value = 'all';
    const events = heard(root);
    redo();
    expect(slider.value).toBe('2019');
    expect(aws.checked).toBe(false);
    expect(filter.value).toBe('aws');
    expect(events).toEqual([
      'year-slider input 2019',
      'aws change false',
      'provider-filter change aws',
    ]);
  });
});
