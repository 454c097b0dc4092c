/** Form fields with a label, an optional hint and a place for the server's error, all wired for screen readers. */
import type { FieldText } from '../core/schema';
import type { FieldErrors } from '../core/tracker';
import { h } from './dom';

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function input(value: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  const el = h('input', { type: 'text', autocomplete: 'off', ...attrs });
  el.value = value;
  return el;
}

export function textarea(value: string, rows = 3, attrs: Record<string, string | number | boolean> = {}): HTMLTextAreaElement {
  const el = h('textarea', { rows, ...attrs });
  el.value = value;
  return el;
}

export function select(options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const el = h('select', {}, ...options.map((o) => h('option', { value: o.value }, o.label)));
  el.value = value;
  return el;
}

/** Reads and writes a form's controls as one record keyed like the server's field names. */
export function formRecord<K extends string>(
  controls: Record<K, Control>,
): { get(): Record<K, string>; set(values: Record<K, string>): void } {
  const keys = Object.keys(controls) as K[];
  return {
    get: () => Object.fromEntries(keys.map((k) => [k, controls[k].value])) as Record<K, string>,
    set: (values) => {
      for (const k of keys) controls[k].value = values[k];
    },
  };
}

/** A labelled field; `key` is the server's field name for errors (FieldErrors). */
export function field(key: string, prefix: string, labelText: string, control: HTMLElement, hint?: string | Node): HTMLElement {
  const id = `${prefix}-${key}`;
  control.id = id;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  return h(
    'div',
    { class: 'field', 'data-key': key },
    h('label', { for: id }, labelText),
    control,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('div', { class: 'field-error', id: `${id}-error` }),
  );
}

/** Each field's label, as the schema declares it (src/core/schema.ts MEASURE_FIELDS / PROGRESS_FIELDS). */
export function labelsOf<K extends string>(fields: Readonly<Record<K, FieldText>>): Record<K, string> {
  return Object.fromEntries((Object.keys(fields) as K[]).map((k) => [k, fields[k].label])) as Record<K, string>;
}

/** A labelled field whose label and help come from the schema; `label`/`hint` replace them where the form says more. */
export function schemaField<K extends string>(
  fields: Readonly<Record<K, FieldText>>,
  key: K,
  prefix: string,
  control: HTMLElement,
  override: { label?: string; hint?: string } = {},
): HTMLElement {
  return field(key, prefix, override.label ?? fields[key].label, control, override.hint ?? (fields[key].help || undefined));
}

/** A group of checkboxes (or other controls) under one legend, with its own error line. */
export function group(key: string, prefix: string, legend: string, ...children: (Node | null)[]): HTMLElement {
  const id = `${prefix}-${key}`;
  return h(
    'fieldset',
    { class: 'field', 'data-key': key, id, 'aria-describedby': `${id}-error` },
    h('legend', {}, legend),
    ...children,
    h('div', { class: 'field-error', id: `${id}-error` }),
  );
}

/** Shows each error next to its field (clearing the others); focuses the first field at fault. */
export function showFieldErrors(root: HTMLElement, prefix: string, errors: FieldErrors, focus = true): string[] {
  const unplaced: string[] = [];
  const placed = new Set<string>();
  root.querySelectorAll<HTMLElement>('.field').forEach((f) => {
    const key = f.dataset.key ?? '';
    const message = errors[key] ?? '';
    const err = root.querySelector<HTMLElement>(`#${prefix}-${CSS.escape(key)}-error`);
    if (err) err.textContent = message;
    const control = root.querySelector<HTMLElement>(`#${prefix}-${CSS.escape(key)}`);
    if (control && control.tagName !== 'FIELDSET') {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    if (message) placed.add(key);
  });
  for (const [key, message] of Object.entries(errors)) if (message && !placed.has(key)) unplaced.push(message);
  if (focus) {
    const first = root.querySelector<HTMLElement>('[aria-invalid=true], fieldset.field:has(.field-error:not(:empty)) input');
    first?.focus();
  }
  return unplaced;
}
