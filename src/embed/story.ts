/**
 * The example story (`story.html`): the map stays in view while captioned steps scroll past, and
 * each step crossing the middle of the window sets the map's year and open region. The recipe in
 * the README is this file, short enough to copy.
 */
import './custom-element.svelte.ts';
import './story.css';
import { currentStep, readStep, stepAttributes, type StoryStep } from './story-steps.ts';

const map = document.querySelector('alibaba-cloud-map');
const stepElements = [...document.querySelectorAll<HTMLElement>('[data-step]')];
const steps = stepElements.map((element) => readStep(element.dataset.year, element.dataset.region));

const across = new Set<number>();
let shown: number | undefined;

function show(index: number | undefined): void {
  if (index === undefined || index === shown) return;
  const step: StoryStep | undefined = steps[index];
  if (!map || !step) return;
  shown = index;
  for (const [name, value] of Object.entries(stepAttributes(step))) {
    if (value === null) map.removeAttribute(name);
    else map.setAttribute(name, value);
  }
  stepElements.forEach((element, i) => element.toggleAttribute('data-current', i === index));
}

// The reading line is two thirds down the window, so on a phone a step takes over as it rises
// from below the map rather than once it covers it. A step counts while it crosses the line.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const index = stepElements.indexOf(entry.target as HTMLElement);
      if (entry.isIntersecting) across.add(index);
      else across.delete(index);
    }
    show(currentStep(across, shown));
  },
  { rootMargin: '-66% 0px -33% 0px' },
);
for (const element of stepElements) observer.observe(element);
