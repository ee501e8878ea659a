// Follows the gateway's change feed (Server-Sent Events). The browser reconnects by itself after
// a drop; the indicator says whether the page is live.
import { t } from './i18n.js';

let lastUpdate = null;
let state = 'connecting';

export function followChanges(onChange) {
  const source = new EventSource('/api/v1/changes/stream');
  source.onopen = () => show('open');
  source.onerror = () => show(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
  source.onmessage = (message) => {
    let change = null;
    try {
      change = JSON.parse(message.data);
    } catch {
      return; // not a change: nothing to refresh
    }
    lastUpdate = new Date();
    show('open');
    onChange(change);
  };
  return source;
}

/** Redraws the indicator (also after a language switch). */
export function show(next = state) {
  state = next;
  const indicator = document.getElementById('live');
  if (!indicator) {
    return;
  }
  indicator.dataset.state = state;
  indicator.textContent = state === 'open' && lastUpdate
    ? t('live.updated', { time: lastUpdate.toLocaleTimeString() })
    : t(`live.${state}`);
}
