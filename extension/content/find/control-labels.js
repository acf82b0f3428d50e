'use strict';
// What a control is called on screen. The console ties labels to controls in every way HTML
// allows and some it does not: a wrapping <label>, 'for', aria-labelledby, aria-label, or just
// text in a shared wrapper (Cloudscape and older console pages). Returns normalised texts.
(() => {
  const bp = globalThis.billingPilot;
  const KIND_SELECTORS = {
    checkbox: 'input[type="checkbox" i], [role="checkbox"], [role="switch"]',
    text: 'input:not([type]), input[type="text" i], input[type="search" i], textarea, [role="textbox"]',
    button: 'button, [role="button"], input[type="button" i], input[type="submit" i]',
    link: 'a[href], [role="link"], button, [role="button"]',
  };
  // Controls that own a label of their own: a wrapper holding two of them labels neither.
  const LABELLED_CONTROLS = 'input:not([type="hidden" i]), textarea, select, [role="checkbox"], [role="switch"], [role="textbox"], [role="radio"]';
  const MAX_LEVELS = 5;
  const MAX_WRAPPER_TEXT = 600;
  const MAX_TEXT_ELEMENTS = 60;
  const MAX_LABEL_TEXT = 200;

  function textsOfIds(element, ids) {
    const root = element.getRootNode();
    if (!root.getElementById) {
      return [];
    }
    return ids.split(/\s+/).filter(Boolean).map((id) => root.getElementById(id)).filter(Boolean)
      .map((node) => node.textContent);
  }

  /** Texts inside a label-bearing element: its whole text and the text of each small part of it. */
  function textsWithin(container, into) {
    const whole = container.textContent;
    if (whole.length <= MAX_WRAPPER_TEXT) {
      into.push(bp.text.normalize(whole));
    }
    const parts = container.getElementsByTagName('*');
    for (let i = 0; i < parts.length && i < MAX_TEXT_ELEMENTS; i += 1) {
      const text = parts[i].textContent;
      if (text && text.length <= MAX_LABEL_TEXT) {
        into.push(bp.text.normalize(text));
      }
    }
  }

  function ownNames(element, kind, into) {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      textsOfIds(element, labelledBy).forEach((text) => into.push(bp.text.normalize(text)));
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) {
      into.push(bp.text.normalize(ariaLabel));
    }
    if (element.labels) {
      for (const label of element.labels) {
        textsWithin(label, into);
      }
    }
    if (kind === 'button' || kind === 'link') {
      into.push(bp.text.normalize(element.value && element.tagName === 'INPUT' ? element.value : element.textContent));
    }
  }

  /** Text near the control in wrappers that hold no other labelled control. */
  function nearbyNames(element, into) {
    let node = element;
    for (let level = 0; level < MAX_LEVELS; level += 1) {
      const wrapper = node.parentElement;
      if (!wrapper || wrapper === document.body || wrapper === document.documentElement) {
        return;
      }
      if (wrapper.textContent.length > MAX_WRAPPER_TEXT * 4) {
        return;
      }
      if (wrapper.querySelectorAll(LABELLED_CONTROLS).length > 1) {
        return;
      }
      textsWithin(wrapper, into);
      node = wrapper;
    }
  }

  /** Every name the control goes by, normalised. */
  function namesOf(element, kind) {
    const names = [];
    ownNames(element, kind, names);
    if (kind === 'checkbox' || kind === 'text') {
      nearbyNames(element, names);
    }
    return new Set(names.filter(Boolean));
  }

  bp.controlLabels = { KIND_SELECTORS, namesOf };
})();
