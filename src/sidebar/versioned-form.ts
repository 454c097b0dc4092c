/**
 * The save flow both sidebar forms share (a round's progress, a measure). A form remembers what
 * each field held when it was loaded; a save sends only the fields the user changed, each with
 * that loaded text, and a request ID that a retry after a lost answer sends again. The server
 * answers ok, invalid (each error next to its field), or conflict for the fields someone else
 * changed first: each is shown one under the other (what it was, theirs, yours) with keep theirs /
 * use mine / edit. What is typed is kept as a draft on every change (see drafts.ts).
 */
import type { FieldChange, FieldConflict, FieldErrors, ReadOnlyNotes, SaveResult } from '../core/tracker';
import { byId, h } from './dom';
import type { Draft, DraftStore } from './drafts';
import { showFieldErrors } from './fields';
import { failMessage } from './server';

export type { Draft };

/** A form's values: text per field, keyed like the server's field names. */
export type FormValues<F> = { [K in keyof F]: string };

/** The form's starting values and what they were loaded from: the unsaved draft if there is one. */
export function startFrom<F extends FormValues<F>>(
  drafts: DraftStore,
  key: string,
  loaded: F,
): { fields: F; loaded: F; fromDraft: boolean } {
  const draft = drafts.get<F>(key);
  return draft
    ? { fields: { ...loaded, ...draft.fields }, loaded: { ...loaded, ...draft.loaded }, fromDraft: true }
    : { fields: loaded, loaded, fromDraft: false };
}

/** Line ends as a textarea gives them back. */
function norm(s: string | undefined): string {
  return String(s ?? '').replace(/\r\n?/g, '\n');
}

/** The fields whose text differs from what they were loaded with. */
export function changesOf<F extends FormValues<F>>(values: F, loaded: F): Partial<Record<keyof F, FieldChange>> {
  const out: Partial<Record<keyof F, FieldChange>> = {};
  for (const k of Object.keys(values) as (keyof F)[])
    if (norm(values[k]) !== norm(loaded[k])) out[k] = { loaded: loaded[k] ?? '', value: values[k] };
  return out;
}

function newRequestId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `r-${random}`;
}

/** The words of the per-field choice, which differ between a progress entry and a measure. */
export interface ConflictWords<V> {
  /** Next to the save button while a choice is open. */
  notice: string;
  heading(theirs: V | null): string;
  /** Whose text the "theirs" line shows. */
  theirsWho(theirs: V | null): string;
}

/** What a saved row must carry for the form: its fields' texts and the ones it can only show. */
export interface FormRow<F> {
  form: F;
  readOnly: ReadOnlyNotes;
}

export interface VersionedFormOptions<F extends FormValues<F>, V extends FormRow<F>> {
  form: HTMLFormElement;
  /** Id prefix of the form's fields (field ids `${prefix}-${key}`, errors `${prefix}-${key}-error`). */
  prefix: string;
  labels: { [K in keyof F]: string };
  saveButton: HTMLButtonElement;
  /** Next to the save button, inside the sticky save bar: always in view, announced (aria-live). */
  msg: HTMLElement;
  conflictBox: HTMLElement;
  drafts: DraftStore;
  draftKey: string;
  /** What each field held when loaded (from the draft when one was restored). */
  loaded: F;
  read(): F;
  write(values: F): void;
  /** How a value reads in the conflict choice (default: the text, or "(ว่าง)"). */
  show?(key: keyof F, values: F): string;
  /** Controls whose changes are not typing (e.g. the round selector). */
  ignore?: Element[];
  save(values: F, changes: Partial<Record<keyof F, FieldChange>>, requestId: string): Promise<SaveResult<V>>;
  /** `note`: what the server says about a save that worked. */
  onSaved(saved: V, note: string | undefined): void;
  /** After a conflict, with the row as it is now (the other changed fields were written). */
  onTheirs?(theirs: V | null): void;
  /** Something to confirm before saving these values (a count that looks like a slip), or null. */
  confirm?(values: F, changes: Partial<Record<keyof F, FieldChange>>): string | null;
  conflict: ConflictWords<V>;
}

/** A field's text (the status field is a Status, which is text too). */
function setText<F>(values: F, key: keyof F, text: string): void {
  (values as Record<keyof F, string>)[key] = text;
}

const alert = (text: string, kind: 'error' | 'ok' | 'info'): HTMLElement =>
  h('div', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : undefined }, text);

/** Wires the form: drafts on every change, Ctrl+Enter and submit to save, and the answers of a save. */
export function versionedForm<F extends FormValues<F>, V extends FormRow<F>>(o: VersionedFormOptions<F, V>): { loaded(): F } {
  let loaded = { ...o.loaded };
  const idleLabel = o.saveButton.textContent ?? '';
  const show = o.show ?? ((k: keyof F, f: F) => f[k] || '(ว่าง)');
  /** The request a failed call was making: sent again with the same ID while the form is unchanged. */
  let pending: { requestId: string; snapshot: string } | null = null;
  /** The values the user confirmed (see `confirm`). */
  let confirmed = '';

  const remember = (): void => {
    const values = o.read();
    if (Object.keys(changesOf(values, loaded)).length) o.drafts.set(o.draftKey, { fields: values, loaded });
    else o.drafts.delete(o.draftKey);
  };
  const onEdit = (e: Event): void => {
    if (!o.ignore?.includes(e.target as Element)) remember();
  };
  o.form.addEventListener('input', onEdit);
  o.form.addEventListener('change', onEdit);
  o.form.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      o.form.requestSubmit();
    } else if (e.target instanceof HTMLInputElement) {
      // Enter in a one-line field would submit a half-filled form.
      e.preventDefault();
    }
  });

  const submit = async (): Promise<void> => {
    const values = o.read();
    const changes = changesOf(values, loaded);
    const snapshot = JSON.stringify([values, loaded]);
    const question = o.confirm?.(values, changes);
    if (question && confirmed !== snapshot) {
      const yes = h('button', { type: 'button', id: `${o.prefix}-confirm`, class: 'primary' }, 'ถูกต้อง บันทึก');
      yes.addEventListener('click', () => {
        confirmed = snapshot;
        void submit();
      });
      o.msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `ยังไม่ได้บันทึก: ${question} `, yes));
      return;
    }
    const requestId = pending && pending.snapshot === snapshot ? pending.requestId : newRequestId();
    pending = { requestId, snapshot };
    o.saveButton.disabled = true;
    o.saveButton.textContent = 'กำลังบันทึก…';
    o.msg.replaceChildren(alert('กำลังบันทึก…', 'info'));
    let r: SaveResult<V>;
    try {
      r = await o.save(values, changes, requestId);
    } catch (err) {
      o.saveButton.textContent = 'ลองบันทึกอีกครั้ง';
      o.msg.replaceChildren(alert(`ยังไม่ได้บันทึก: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ครบ กด "ลองบันทึกอีกครั้ง"`, 'error'));
      return;
    } finally {
      o.saveButton.disabled = false;
    }
    pending = null;
    o.saveButton.textContent = idleLabel;
    showFieldErrors(o.form, o.prefix, {}, false);
    if (r.ok) {
      loaded = { ...r.value.form };
      o.drafts.delete(o.draftKey);
      o.conflictBox.replaceChildren();
      o.write(loaded);
      o.onSaved(r.value, r.note);
    } else if (r.kind === 'invalid') {
      const rest = showFieldErrors(o.form, o.prefix, r.fieldErrors as FieldErrors);
      o.msg.replaceChildren(alert([r.message, ...rest].join(' — '), 'error'));
    } else if (r.kind === 'conflict') {
      showConflicts(r.message, r.theirs, r.fields ?? [], values, changes);
    } else {
      o.msg.replaceChildren(alert(`${r.message} — ข้อความที่พิมพ์ยังอยู่`, 'error'));
    }
  };

  /** Fields not in conflict now show the row as it is; the conflicting ones keep the user's text until chosen. */
  const showConflicts = (
    message: string,
    theirs: V | null,
    conflicts: FieldConflict[],
    mine: F,
    changes: Partial<Record<keyof F, FieldChange>>,
  ): void => {
    const inConflict = new Set(conflicts.map((c) => c.key));
    if (theirs) {
      const next = { ...theirs.form };
      for (const k of Object.keys(next) as (keyof F)[]) if (inConflict.has(String(k))) next[k] = mine[k];
      for (const k of Object.keys(loaded) as (keyof F)[]) if (!inConflict.has(String(k))) loaded[k] = theirs.form[k];
      o.write(next);
    }
    o.onTheirs?.(theirs);
    remember();
    const words = o.conflict;
    o.msg.replaceChildren(alert(words.notice, 'error'));
    const box = h('div', { class: 'conflict', role: 'group', 'aria-labelledby': 'conflict-title' });
    const done = (key: string): void => {
      box.querySelector(`[data-field="${CSS.escape(key)}"]`)?.remove();
      if (!box.querySelector('.diff')) {
        o.conflictBox.replaceChildren();
        o.msg.replaceChildren(alert('เลือกครบแล้ว — กดบันทึกเพื่อบันทึกสิ่งที่เลือก', 'info'));
      }
    };
    const setField = (key: keyof F, text: string): void => {
      const now = o.read();
      setText(now, key, text);
      o.write(now);
      remember();
    };
    const rows = conflicts
      .filter((c) => c.key in changes)
      .map((c) => {
        const key = c.key as keyof F;
        const as = (text: string): string => show(key, { ...mine, [key]: text });
        const useTheirs = h('button', { type: 'button', class: 'use-theirs' }, 'ใช้ของเขา');
        const useMine = h('button', { type: 'button', class: 'use-mine primary' }, 'ใช้ของฉัน');
        const edit = h('button', { type: 'button', class: 'edit' }, 'แก้ไขเอง');
        useTheirs.addEventListener('click', () => {
          setText(loaded, key, c.theirs);
          setField(key, c.theirs);
          done(c.key);
        });
        useMine.addEventListener('click', () => {
          setText(loaded, key, c.theirs);
          setField(key, c.mine);
          done(c.key);
          if (!box.querySelector('.diff')) void submit();
        });
        edit.addEventListener('click', () => {
          setText(loaded, key, c.theirs);
          remember();
          done(c.key);
          document.getElementById(`${o.prefix}-${c.key}`)?.focus();
        });
        return h(
          'div',
          { class: 'diff', 'data-field': c.key, role: 'group', 'aria-label': c.label },
          h('div', { class: 'f' }, c.label),
          h('div', { class: 'v was' }, h('span', { class: 'who' }, 'เดิม (ตอนที่คุณเปิด)'), as(c.loaded)),
          h('div', { class: 'v theirs' }, h('span', { class: 'who' }, words.theirsWho(theirs)), as(c.theirs)),
          h('div', { class: 'v mine' }, h('span', { class: 'who' }, 'ของคุณ (ยังไม่บันทึก)'), as(c.mine)),
          h('div', { class: 'tools' }, useTheirs, useMine, edit),
        );
      });
    box.append(
      h('h4', { id: 'conflict-title', tabindex: '-1', style: 'margin:0 0 4px' }, words.heading(theirs)),
      h('p', {}, message),
      ...rows,
    );
    if (!rows.length) box.append(h('p', {}, 'กดโหลดใหม่เพื่อดูข้อมูลล่าสุด'));
    o.conflictBox.replaceChildren(box);
    byId('conflict-title').focus();
  };

  o.form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (o.saveButton.disabled) return;
    remember();
    void submit();
  });
  return { loaded: () => loaded };
}
