/**
 * Who set the sheet up first: with the coordinators row of ตั้งค่า blank, that person (not everyone)
 * is the coordinator who may add, edit, move and archive measures. Kept in the document's
 * properties, written once by ITA › ตั้งค่าชีต and never changed by a later repair run.
 */
const SETUP_BY = 'ita.setupBy';

export function recordSetupBy(): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(SETUP_BY)) return;
  const email = Session.getActiveUser().getEmail();
  if (email) props.setProperty(SETUP_BY, email);
}

/** '' when the sheet was set up before this was recorded (or by someone whose e-mail was hidden). */
export function setupBy(): string {
  return PropertiesService.getDocumentProperties().getProperty(SETUP_BY) ?? '';
}

/**
 * Listed coordinators, else the person who set the sheet up. A sheet set up before that was
 * recorded has nobody until ตั้งค่าชีต is run again (which records whoever runs it) or the
 * coordinators row is filled: never everyone.
 */
export function isCoordinator(coordinators: readonly string[], email: string): boolean {
  const same = (a: string): boolean => a.trim().toLowerCase() === email.trim().toLowerCase();
  if (coordinators.length) return coordinators.some(same);
  const first = setupBy();
  return first !== '' && email.trim() !== '' && same(first);
}
