/** A button that copies one text (a link, the ITAS line) for pasting elsewhere. */
import { h } from './dom';

export function copyText(text: string, button: HTMLButtonElement, label: string): void {
  const done = (): void => {
    button.textContent = 'คัดลอกแล้ว ✓';
  };
  // The dialog's sandboxed frame may refuse the Clipboard API: fall back to a selected field.
  const fallback = (): void => {
    const field = h('input', { type: 'text', readonly: true, 'aria-label': label, value: text });
    button.after(field);
    field.select();
    done();
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
}

/** "คัดลอก" with an accessible name saying what it copies; the copied text is in data-copy. */
export function copyButton(text: string, what: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'copy', 'aria-label': `คัดลอก${what}`, 'data-copy': text }, 'คัดลอก');
  button.addEventListener('click', () => copyText(text, button, what));
  return button;
}
