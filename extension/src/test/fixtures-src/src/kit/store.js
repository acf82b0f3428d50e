// The page's state, outside React, so that a re-render that replaces every node (a remount)
// shows the same values, as the console does after it re-renders. Components read it through
// useStore(); every change goes through update() and notifies them.
import { useSyncExternalStore } from 'react';
import { options } from './options.js';

export const state = {
  fields: { bucket: options.bucketValue, exportName: options.exportNameValue, prefix: options.prefixValue },
  checks: {},
  // Fields taken off the page (the bench scenario), by field name.
  hidden: {},
  choices: {},
  dialog: null,
  step: 0,
  renders: 0,
  generation: 0,
  mounted: false,
};

// Values that reached the page through its own React onChange handlers, in order.
export const seen = [];

let version = 0;
const listeners = new Set();

export function update(change) {
  change(state);
  version += 1;
  listeners.forEach((listener) => listener());
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStore() {
  useSyncExternalStore(subscribe, () => version);
  return state;
}

/** A text field's value, as the page's onChange handler records it. */
export function setField(key, value) {
  seen.push({ field: key, value });
  update((s) => { s.fields[key] = value; });
}

export function setCheck(key, checked) {
  update((s) => { s.checks[key] = checked; });
}

export function setChoice(key, value) {
  seen.push({ field: key, value });
  update((s) => { s.choices[key] = value; });
}
