// What a person typed in a form, kept on this device until the form is sent: a session that ends,
// a closed tab or a lost connection never costs the text.
const PREFIX = 'ecoreform.draft.';

/** @param {string} key @returns {Record<string, string> | null} */
export function readDraft(key) {
  try {
    const stored = localStorage.getItem(PREFIX + key);
    return stored ? JSON.parse(stored) : null;
  } catch {
    return null;
  }
}

/** @param {string} key @param {HTMLFormElement} form */
export function keepDraft(key, form) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const element of Array.from(form.elements)) {
    const field = /** @type {HTMLInputElement} */ (element);
    if (field.name && field.type !== 'file' && field.type !== 'submit') {
      values[field.name] = field.value;
    }
  }
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // storage full or disabled: the form still works, the draft is not kept
  }
}

/** @param {string} key @param {HTMLFormElement} form @returns {boolean} whether a draft was put back */
export function restoreDraft(key, form) {
  const values = readDraft(key);
  if (!values) {
    return false;
  }
  let restored = false;
  for (const [name, value] of Object.entries(values)) {
    const field = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
    if (field && 'value' in field && value !== '' && field.value !== value) {
      field.value = value;
      restored = true;
    }
  }
  return restored;
}

/** @param {string} key */
export function dropDraft(key) {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing kept
  }
}
