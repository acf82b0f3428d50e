'use strict';
// Whether the billing-pilot server answers and what its session says (the bucket above all).
// Asked again every few seconds while the server is down, so the panel notices when it starts.
(() => {
  const bp = globalThis.billingPilot;
  const RETRY_WHEN_DOWN_MS = 4000;
  const REFRESH_WHEN_UP_MS = 20000;
  const listeners = new Set();
  let state = { reachable: null, session: null, serverUrl: 'http://127.0.0.1:7070' };
  let timer = null;

  async function refresh() {
    const answer = await bp.messaging.send({ type: 'session' });
    const before = JSON.stringify(state);
    state = answer.ok
      ? { reachable: true, session: answer.session, serverUrl: answer.serverUrl }
      : { reachable: false, session: state.session, serverUrl: answer.serverUrl || state.serverUrl };
    clearTimeout(timer);
    timer = setTimeout(() => bp.safety.settle('asking the server', refresh),
      state.reachable ? REFRESH_WHEN_UP_MS : RETRY_WHEN_DOWN_MS);
    if (JSON.stringify(state) !== before) {
      for (const listener of listeners) {
        bp.safety.run('server status listener', listener, null, [state]);
      }
    }
  }

  function start() {
    window.addEventListener('focus', () => bp.safety.settle('asking the server', refresh));
    return bp.safety.settle('asking the server', refresh);
  }

  /** Calls listener with the state now and on every change until signal aborts. */
  function subscribe(listener, signal) {
    listeners.add(listener);
    signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    bp.safety.run('server status listener', listener, null, [state]);
  }

  bp.serverStatus = { start, subscribe, get state() { return state; } };
})();
