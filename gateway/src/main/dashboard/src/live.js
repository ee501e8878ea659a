// Follows the gateway's change feed (Server-Sent Events). Every event's id is a cursor: the browser
// reconnects by itself after a drop, sending the last id (Last-Event-ID), and the gateway resumes
// right after it; after an error answer we reconnect ourselves from that id (?since=). So nothing
// changed in between is missed. The indicator says whether the page is live.
import { t } from './i18n.js';

let lastUpdate = null;
let state = 'connecting';
const RECONNECT_MS = 5000;

export function followChanges(onChange) {
  let lastId = null;
  let blind = false; // reopened without an id to resume from: refresh once instead
  const connect = () => {
    const source = new EventSource(lastId ? `/api/v1/changes/stream?cursor=${encodeURIComponent(lastId)}` : '/api/v1/changes/stream');
    source.onopen = () => {
      show('open');
      if (blind) {
        blind = false;
        onChange(null);
      }
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        blind = lastId === null;
        // the browser gives up after an error answer (a gateway restarting says 503): try again later
        show('closed');
        setTimeout(connect, RECONNECT_MS);
      } else {
        show('connecting');
      }
    };
    source.onmessage = (message) => {
      if (message.lastEventId) {
        lastId = message.lastEventId;
      }
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
