/**
 * What a reader changed in the HTML's own controls before the app took them over. The browser
 * moves a native slider and ticks a box without any script, and the app starts only after the
 * first paint (`first-paint.ts`); hydration sets them back to the HTML's view, which would
 * silently undo the reader. Read before hydrating; the function returned puts each control back
 * as the reader left it and fires its events, so the control's own handler tells the app.
 */
export function earlyChoices(root: ParentNode): () => void {
  // A box's value is not the reader's to change; a slider's is its only state.
  const slides = (input: HTMLInputElement) => input.type === 'range';
  const changed = [...root.querySelectorAll('input')]
    .filter(
      (input) =>
        input.checked !== input.defaultChecked ||
        (slides(input) && input.value !== input.defaultValue),
    )
    .map((input) => [input, input.checked, input.value] as const);
  // A list's choice (the provider filter of a page opened with layers).
  const chosen = [...root.querySelectorAll('select')]
    .filter((select) =>
      [...select.options].some((option) => option.selected !== option.defaultSelected),
    )
    .map((select) => [select, select.value] as const);
  // Then told as the controls' handlers hear a reader: a slider by `input`, a box or a list by
  // `change`.
  return () => {
    for (const [input, checked, value] of changed) {
      input.checked = checked;
      if (slides(input)) input.value = value;
      input.dispatchEvent(new Event(slides(input) ? 'input' : 'change', { bubbles: true }));
    }
    for (const [select, value] of chosen) {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
