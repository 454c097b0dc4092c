/**
 * The save flow both sidebar forms share (a round's progress, a measure). A form remembers the
 * version and fingerprint of the row it was loaded from and sends them with each save; the server
 * answers ok, invalid (each error shown next to its field), or conflict with "theirs" when someone
 * saved first. On a conflict nothing is overwritten: the user sees both texts of every field that
 * differs and either saves theirs-over (on their base) or takes theirs. What is typed is kept as a
 * draft while the sidebar is open, so leaving the form loses nothing.
 */
import type { FieldErrors, SaveResult } from '../core/tracker';
import { byId, h } from './dom';
import { showFieldErrors } from './fields';
import { failMessage } from './server';

/** What a save is based on: the row's version and fingerprint when the form was loaded. */
export interface Base {
  version: number;
  fingerprint: string;
}

/** A form's values: text per field, keyed like the server's field names. */
export type FormValues<F> = Record<keyof F, string>;

export interface Draft<F extends FormValues<F>> {
  fields: F;
  base: Base;
}

/** The form's starting values and base: the unsaved draft if there is one, else the loaded row. */
export function startFrom<F extends FormValues<F>>(
  drafts: Map<string, Draft<F>>,
  key: string,
  loaded: F,
  loadedBase: Base,
): { fields: F; base: Base; fromDraft: boolean } {
  const draft = drafts.get(key);
  return draft ? { fields: draft.fields, base: draft.base, fromDraft: true } : { fields: loaded, base: loadedBase, fromDraft: false };
}

function baseOf(v: Base | null): Base {
  return { version: v?.version ?? 0, fingerprint: v?.fingerprint ?? '' };
}

function sameValues<F extends FormValues<F>>(a: F, b: F): boolean {
  return (Object.keys(a) as (keyof F)[]).every((k) => a[k].trim() === b[k].trim());
}

/** The words of the both-texts choice, which differ between a progress entry and a measure. */
export interface ConflictWords<V> {
  /** Under the save button while the choice is open. */
  notice: string;
  heading(theirs: V | null): string;
  /** Whose text the "theirs" column shows. */
  theirsWho(theirs: V | null): string;
  useTheirs(theirs: V | null): string;
  /** Whether "keep mine" is offered when the row is gone (theirs is null). */
  keepMineWhenGone: boolean;
}

export interface VersionedFormOptions<F extends FormValues<F>, V extends Base> {
  form: HTMLFormElement;
  /** Id prefix of the form's fields (field ids `${prefix}-${key}`, errors `${prefix}-${key}-error`). */
  prefix: string;
  /** The fields compared in a conflict, in order, with their labels. */
  labels: { [K in keyof F]: string };
  saveButton: HTMLButtonElement;
  msg: HTMLElement;
  conflictBox: HTMLElement;
  drafts: Map<string, Draft<F>>;
  draftKey: string;
  base: Base;
  read(): F;
  write(values: F): void;
  /** The form's values for a saved row (null: no row). */
  fieldsOf(v: V | null): F;
  /** The values the form would show with nothing typed, and the base of the row as loaded now. */
  pristine(): { fields: F; base: Base };
  /** How a value reads in the conflict choice (default: the text, or "(ว่าง)"). */
  show?(key: keyof F, values: F): string;
  /** Shown in the conflict when no field differs (e.g. only the fingerprint changed). */
  alwaysShow?: keyof F;
  /** Controls whose changes are not typing (e.g. the round selector). */
  ignore?: Element[];
  save(values: F, base: Base): Promise<SaveResult<V>>;
  /** `note`: what the server says about a save that worked (e.g. text kept from being read as a formula). */
  onSaved(saved: V, note: string | undefined): void;
  /** After "use theirs" (theirs null: the row is gone). */
  onUseTheirs(theirs: V | null): void;
  /** Focused after "use theirs". */
  focusAfterTheirs: HTMLElement;
  conflict: ConflictWords<V>;
}

/** Wires the form: drafts on typing, Ctrl+Enter and submit to save, and the answers of a save. */
export function versionedForm<F extends FormValues<F>, V extends Base>(o: VersionedFormOptions<F, V>): void {
  let base = o.base;
  const idleLabel = o.saveButton.textContent ?? '';
  const show = o.show ?? ((k: keyof F, f: F) => f[k] || '(ว่าง)');

  const remember = (): void => {
    const values = o.read();
    const pristine = o.pristine();
    if (sameValues(values, pristine.fields) && base.version === pristine.base.version) o.drafts.delete(o.draftKey);
    else o.drafts.set(o.draftKey, { fields: values, base });
  };
  const onEdit = (e: Event): void => {
    if (!o.ignore?.includes(e.target as Element)) remember();
  };
  o.form.addEventListener('input', onEdit);
  o.form.addEventListener('change', onEdit);
  o.form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      o.form.requestSubmit();
    }
  });

  const alert = (text: string, kind: 'error' | 'ok' | 'info'): HTMLElement =>
    h('div', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : undefined }, text);

  const submit = async (mine: F, onBase: Base): Promise<void> => {
    o.saveButton.disabled = true;
    o.saveButton.textContent = 'กำลังบันทึก…';
    o.msg.replaceChildren(alert('กำลังบันทึก…', 'info'));
    let r: SaveResult<V>;
    try {
      r = await o.save(mine, onBase);
    } catch (err) {
      o.msg.replaceChildren(alert(`บันทึกไม่สำเร็จ: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ กดบันทึกอีกครั้งได้`, 'error'));
      return;
    } finally {
      o.saveButton.disabled = false;
      o.saveButton.textContent = idleLabel;
    }
    showFieldErrors(o.form, o.prefix, {}, false);
    if (r.ok) {
      base = baseOf(r.value);
      o.drafts.delete(o.draftKey);
      o.conflictBox.replaceChildren();
      o.msg.replaceChildren();
      o.write(o.fieldsOf(r.value));
      o.onSaved(r.value, r.note);
    } else if (r.kind === 'invalid') {
      const rest = showFieldErrors(o.form, o.prefix, r.fieldErrors as FieldErrors);
      o.msg.replaceChildren(alert([r.message, ...rest].join(' — '), 'error'));
    } else if (r.kind === 'conflict') {
      showConflict(r.message, r.theirs, mine);
    } else {
      o.msg.replaceChildren(alert(`${r.message} — ข้อความที่พิมพ์ยังอยู่`, 'error'));
    }
  };

  const showConflict = (message: string, theirs: V | null, mine: F): void => {
    const words = o.conflict;
    o.msg.replaceChildren(h('div', { class: 'msg error' }, words.notice));
    const theirFields = o.fieldsOf(theirs);
    const keys = (Object.keys(o.labels) as (keyof F)[]).filter((k) => theirFields[k].trim() !== mine[k].trim());
    if (!keys.length && o.alwaysShow) keys.push(o.alwaysShow);
    const keepMine = h('button', { type: 'button', class: 'primary', id: 'keep-mine' }, 'ใช้ของฉัน (บันทึกทับของเขา)');
    const useTheirs = h('button', { type: 'button', id: 'use-theirs' }, words.useTheirs(theirs));
    keepMine.addEventListener('click', () => void submit(o.read(), baseOf(theirs)));
    useTheirs.addEventListener('click', () => {
      o.drafts.delete(o.draftKey);
      base = baseOf(theirs);
      o.write(theirFields);
      o.conflictBox.replaceChildren();
      o.msg.replaceChildren(alert('ใช้ข้อความของเขาแล้ว (ข้อมูลล่าสุดในชีต)', 'ok'));
      o.onUseTheirs(theirs);
      o.focusAfterTheirs.focus();
    });
    o.conflictBox.replaceChildren(
      h(
        'div',
        { class: 'conflict', role: 'alert' },
        h('h4', { id: 'conflict-title', tabindex: '-1', style: 'margin:0 0 4px' }, words.heading(theirs)),
        h('p', {}, message),
        ...keys.map((k) =>
          h(
            'div',
            { class: 'diff', 'data-field': String(k) },
            h('div', { class: 'f' }, o.labels[k]),
            h('div', { class: 'v theirs' }, h('span', { class: 'who' }, words.theirsWho(theirs)), show(k, theirFields)),
            h('div', { class: 'v mine' }, h('span', { class: 'who' }, 'ของคุณ (ยังไม่บันทึก)'), show(k, mine)),
          ),
        ),
        h('div', { class: 'tools' }, theirs || words.keepMineWhenGone ? keepMine : null, useTheirs),
      ),
    );
    byId('conflict-title').focus();
  };

  o.form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (o.saveButton.disabled) return;
    remember();
    void submit(o.read(), base);
  });
}
