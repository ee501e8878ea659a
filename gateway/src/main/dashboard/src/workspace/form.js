// Form building and the API's field errors shown beside the fields they name.
import { ApiError } from '../api.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { dropDraft, keepDraft, restoreDraft } from './drafts.js';
import { SessionEnded } from './relay.js';
import { sessionEndedNotice } from './session.js';

let nextId = 0;

/**
 * A labelled field: its control named as the API names the field (so an error's `field` finds it),
 * a hint, and a place for the error, tied to the control for assistive technology.
 * @param {string} label
 * @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} control
 * @param {string} [hint]
 */
export function field(label, control, hint) {
  const id = `f${++nextId}`;
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  return el('div', { className: 'field' },
    el('label', { for: id }, label),
    hint ? el('span', { className: 'hint', id: hintId }, hint) : null,
    control,
    el('p', { className: 'field-error', id: errorId, hidden: true }));
}

export function input(name, attributes = {}) {
  return /** @type {HTMLInputElement} */ (el('input', { name, type: 'text', ...attributes }));
}

/** @param {string} name @param {{ value: string, label: string }[]} options */
export function select(name, options, attributes = {}) {
  return /** @type {HTMLSelectElement} */ (el('select', { name, ...attributes },
    options.map((o) => el('option', { value: o.value }, o.label))));
}

export function textarea(name, attributes = {}) {
  return /** @type {HTMLTextAreaElement} */ (el('textarea', { name, ...attributes }));
}

/** Clears the errors shown on a form. @param {HTMLFormElement} form */
export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((/** @type {HTMLElement} */ node) => {
    node.hidden = true;
    node.textContent = '';
  });
}

/**
 * Shows each error of a problem beside the field it names (the nearest named control: "evidence[0].url",
 * else "evidence[0]", else "evidence"); what names no field is returned, to be shown above the form.
 * Focus goes to the first field in error.
 * @param {HTMLFormElement} form
 * @param {{ field?: string | null, message?: string | null }[]} errors
 * @returns {string[]} the messages that name no field of the form
 */
export function showErrors(form, errors) {
  const unplaced = [];
  /** @type {HTMLElement | null} */
  let first = null;
  for (const error of errors) {
    const control = controlFor(form, error.field ?? '');
    if (!control) {
      unplaced.push(error.field ? `${error.field}: ${error.message}` : String(error.message));
      continue;
    }
    control.setAttribute('aria-invalid', 'true');
    const disclosure = control.closest('details');
    if (disclosure) {
      disclosure.open = true; // an error is never hidden behind a closed disclosure
    }
    const message = /** @type {HTMLElement | null} */ (form.querySelector(`#${control.id}-error`));
    if (message) {
      message.hidden = false;
      message.textContent = message.textContent ? `${message.textContent}; ${error.message}` : String(error.message);
    }
    first = first ?? control;
  }
  first?.focus();
  return unplaced;
}

/** @param {HTMLFormElement} form @param {string} name @returns {HTMLElement | null} */
function controlFor(form, name) {
  let path = name;
  while (path) {
    const control = form.elements.namedItem(path);
    if (control instanceof HTMLElement) {
      return control;
    }
    const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === path) {
      break;
    }
    path = shorter;
  }
  return null;
}

/** The named fields' values, empty ones left out. @param {HTMLFormElement} form @param {string[]} names */
export function values(form, names) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const name of names) {
    const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
    const text = control ? control.value.trim() : '';
    if (text !== '') {
      out[name] = text;
    }
  }
  return out;
}

/**
 * Sends a form: its errors beside their fields, the session's end with the text kept (the draft stays
 * until a send succeeds), else the notice `send` answers (or a plain "saved").
 * @param {HTMLFormElement} form @param {HTMLElement} status @param {string | null} draftKey
 * @param {() => Promise<HTMLElement | void>} send
 * @param {() => void} [afterSaved] runs once the form is emptied after a successful send
 */
export async function submit(form, status, draftKey, send, afterSaved) {
  clearErrors(form);
  if (draftKey) {
    keepDraft(draftKey, form);
  }
  try {
    const notice = await send();
    if (draftKey) {
      dropDraft(draftKey);
      form.reset();
    }
    afterSaved?.();
    status.replaceChildren(notice || el('p', { className: 'notice', dataset: { saved: '' } }, t('ws.saved')));
  } catch (error) {
    if (error instanceof SessionEnded) {
      status.replaceChildren(sessionEndedNotice());
    } else if (error instanceof ApiError) {
      const unplaced = showErrors(form, error.problem?.errors ?? []);
      status.replaceChildren(el('div', { className: 'notice warning', role: 'alert' }, t('ws.form.refused'),
        unplaced.length || !(error.problem?.errors ?? []).length
          ? el('p', {}, unplaced.length ? unplaced.join('; ') : error.message) : null));
    } else {
      status.replaceChildren(el('p', { className: 'notice warning', role: 'alert' }, t('ws.error', { message: String(error) })));
    }
  }
}

/**
 * Keeps what is typed in the form on the device under `draftKey`, and puts back what an earlier
 * visit left unsent, saying so in `status`. @returns {boolean} whether a draft was put back
 * @param {HTMLFormElement} form @param {string} draftKey @param {HTMLElement} status
 */
export function keepDrafts(form, draftKey, status) {
  const restored = restoreDraft(draftKey, form);
  if (restored) {
    status.replaceChildren(el('p', { className: 'notice' }, t('ws.form.draftRestored')));
  }
  form.addEventListener('input', () => keepDraft(draftKey, form));
  return restored;
}
