/**
 * The example story (`story.html`): the map stays in view while captioned steps scroll past, and
 * the step the reader has reached sets the map's year and chosen region. The recipe in the README
 * is this file, short enough to copy.
 */
import './custom-element.svelte.ts';
import './story.css';
import { readingLine, readStep, stepAt, stepAttributes, type StoryStep } from './story-steps.ts';

const map = document.querySelector('alibaba-cloud-map');
const graphic = document.querySelector<HTMLElement>('.graphic');
const stepElements = [...document.querySelectorAll<HTMLElement>('[data-step]')];
const steps = stepElements.map((element) => readStep(element.dataset.year, element.dataset.region));
/** story.css's phone layout: the map across the top of the screen, the steps passing under it. */
const phone = matchMedia('(max-width: 820px)');

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

/** Reads where the steps stand, whatever moved them: a scroll, a jump, a resize, a turned phone. */
function update(): void {
  const mapBottom = phone.matches ? graphic?.getBoundingClientRect().bottom : undefined;
  const line = readingLine(innerHeight, mapBottom);
  show(
    stepAt(
      stepElements.map((element) => element.getBoundingClientRect().top),
      line,
    ),
  );
}

let queued = false;
function queueUpdate(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    update();
  });
}

/** On a phone the map shares the screen with the steps, so it leaves out its key. */
function layOut(): void {
  map?.toggleAttribute('compact', phone.matches);
  queueUpdate();
}

addEventListener('scroll', queueUpdate, { passive: true });
addEventListener('resize', queueUpdate);
phone.addEventListener('change', layOut);
layOut();
