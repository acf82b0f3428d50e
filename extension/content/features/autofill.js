'use strict';
// The bucket-name field: an empty field gets the session's bucket in a way the page's framework
// notices (the native value setter, then bubbling input and change events, as a person typing
// would cause); a field holding another name is left alone and the difference is spelled out.
(() => {
  const bp = globalThis.billingPilot;
  const filled = new WeakSet();

  function nativeSetter(element) {
    const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    return Object.getOwnPropertyDescriptor(prototype, 'value').set;
  }

  /** Fills the field once (a field the admin empties again stays empty); true if it filled it. */
  function fill(element, bucket) {
    if (!bucket || !element || filled.has(element) || !('value' in element) || element.value !== '') {
      return false;
    }
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
      return false;
    }
    filled.add(element);
    nativeSetter(element).call(element, bucket);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  /** A sentence saying how the field's value differs from the bucket (or another 'what'), or null when it does not. */
  function difference(value, bucket, what = 'bucket') {
    if (!bucket || !value || value === bucket) {
      return null;
    }
    let reason = 'a different name';
    if (value.toLowerCase() === bucket.toLowerCase()) {
      reason = 'letter case differs';
    } else if (value.trim() === bucket) {
      reason = 'spaces around the name';
    } else if (value.trim().toLowerCase() === bucket.toLowerCase()) {
      reason = 'letter case and spaces differ';
    }
    return `The field holds '${bp.text.clip(value)}'; your ${what} is '${bucket}' (${reason}). billing-pilot did not change it.`;
  }

  bp.autofill = { fill, difference };
})();
