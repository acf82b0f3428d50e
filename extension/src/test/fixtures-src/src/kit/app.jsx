// The shell every fixture page shares: late rendering (a spinner first), hash routes, a
// remount on demand that replaces every node, dialogs that arrive a moment after the click,
// and the test hooks on window.fixture.
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import Spinner from '@cloudscape-design/components/spinner';
import { options } from './options.js';
import { state, seen, update, useStore } from './store.js';
import { setUpBench } from './bench.js';

// Modals and route changes arrive a moment after the click, as in the console.
const DIALOG_DELAY_MS = 300;
const ROUTE_DELAY_MS = 300;

export function openDialog(name) {
  setTimeout(() => update((s) => { s.dialog = name; }), DIALOG_DELAY_MS);
}

export function closeDialog() {
  update((s) => { s.dialog = null; });
}

function route() {
  return location.hash.split('?')[0] || '#/';
}

function Page({ routes }) {
  const current = useStore();
  if (!current.mounted || current.routing) {
    return <Spinner size="large" />;
  }
  const found = routes.find((candidate) => candidate.matches(route())) || routes[routes.length - 1];
  const View = found.view;
  return <View />;
}

function Root({ routes }) {
  const current = useStore();
  // A new key remounts the whole tree: every element is replaced by a new one.
  return <div key={current.generation} id="app-root"><Page routes={routes} /></div>;
}

/** Renders the page: routes are [{matches(hash), view}], the last one being the fallback. */
export function start(routes) {
  setUpBench();
  const root = createRoot(document.getElementById('app'));
  root.render(<Root routes={routes} />);
  setTimeout(() => update((s) => { s.mounted = true; }), options.renderDelayMs);
  window.addEventListener('hashchange', () => {
    if (!state.mounted) {
      return;
    }
    update((s) => { s.routing = true; s.dialog = null; });
    setTimeout(() => update((s) => { s.routing = false; }), ROUTE_DELAY_MS);
  });
  window.fixture = {
    state,
    seen,
    options,
    mounted: () => state.mounted,
    rerender: () => update((s) => { s.generation += 1; }),
    openDialog: (name) => update((s) => { s.dialog = name; }),
    closeDialog,
  };
}
