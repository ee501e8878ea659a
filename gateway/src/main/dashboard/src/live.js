// Follows the gateway's change feed (Server-Sent Events). The browser reconnects by itself after
// a drop, we do after an error answer; either way the page refreshes once when the stream is back,
// since what changed in between was not streamed. The indicator says whether the page is live.
import { t } from './i18n.js';

let lastUpdate = null;
let state = 'connecting';
const RECONNECT_MS = 5000;

export function followChanges(onChange) {
  let missedSome = false;
  const connect = () => {
    const source = new EventSource('/api/v1/changes/stream');
    source.onopen = () => {
      show('open');
      if (missedSome) {
        missedSome = false;
        onChange(null); // changes made while disconnected were not streamed: refresh once
      }
    };
    source.onerror = () => {
      missedSome = true;
      if (source.readyState === EventSource.CLOSED) {
        // the browser gives up after an error answer (a gateway restarting says 503): try again later
        show('closed');
        setTimeout(connect, RECONNECT_MS);
      } else {
        show('connecting');
      }
    };
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
  };
  connect();
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
