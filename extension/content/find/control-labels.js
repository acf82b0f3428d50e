'use strict';
// What a control is called on screen. The console ties labels to controls in every way HTML
// allows and some it does not: a wrapping <label>, 'for', aria-labelledby, aria-label, or just
// text in a shared wrapper (Cloudscape and older console pages). Returns normalised texts.
(() => {
  const bp = globalThis.billingPilot;
  const KIND_SELECTORS = {
    checkbox: 'input[type="checkbox" i], [role="checkbox"], [role="switch"]',
    radio: 'input[type="radio" i], [role="radio"]',
    text: 'input:not([type]), input[type="text" i], input[type="search" i], textarea, [role="textbox"]',
    button: 'button, [role="button"], input[type="button" i], input[type="submit" i]',
    link: 'a[href], [role="link"], button, [role="button"]',
  };
  // Controls that own a label of their own: a wrapper holding two of them labels neither.
  const LABELLED_CONTROLS = 'input:not([type="hidden" i]), textarea, select, [role="checkbox"], [role="switch"], [role="textbox"], [role="radio"]';
  const MAX_LEVELS = 5;
  // A wrapper with more children than this is a list or a page section, not a label's wrapper;
  // checking it first keeps the climb cheap on pages with thousands of rows.
  const MAX_WRAPPER_CHILDREN = 12;
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

  /**
   * Texts inside a label-bearing element: its whole text and the text of each small part of it.
   * A part's text is part of the whole, so when no label looked for occurs in the whole, the
   * parts are not worth reading.
   */
  function textsWithin(container, into, cache) {
    const whole = bp.text.normalize(container.textContent);
    if (whole.length <= MAX_WRAPPER_TEXT) {
      into.push(whole);
    }
    if (cache.labels && !cache.labels.some((label) => whole.includes(label))) {
      return;
    }
    const parts = container.getElementsByTagName('*');
    for (let i = 0; i < parts.length && i < MAX_TEXT_ELEMENTS; i += 1) {
      const text = parts[i].textContent;
      if (text && text.length <= MAX_LABEL_TEXT) {
        into.push(bp.text.normalize(text));
      }
    }
  }

  // <label for=ID> elements by ID. element.labels would do, but Chromium answers it by walking
  // the whole document for every element; this index is filled once and then only from what
  // DOM changes add (a label whose node left the page is ignored).
  const labelsById = new Map();

  const PRUNE_ABOVE = 1000;

  /** Forgets labels that left the page, so a page that re-renders all day does not pile them up. */
  function prune() {
    for (const [id, set] of labelsById) {
      for (const label of set) {
        if (!label.isConnected) {
          set.delete(label);
        }
      }
      if (!set.size) {
        labelsById.delete(id);
      }
    }
  }

  /** Adds the label[for] elements in these nodes (and the nodes themselves) to the index. */
  function indexLabels(nodes) {
    if (labelsById.size > PRUNE_ABOVE) {
      prune();
    }
    for (const node of nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) {
        continue;
      }
      const labels = node.matches('label[for]') ? [node] : [];
      labels.push(...node.querySelectorAll('label[for]'));
      for (const label of labels) {
        const set = labelsById.get(label.htmlFor) || new Set();
        set.add(label);
        labelsById.set(label.htmlFor, set);
      }
    }
  }

  function labelsFor(element) {
    const set = element.id ? labelsById.get(element.id) : null;
    if (!set) {
      return [];
    }
    return [...set].filter((label) => label.isConnected && label.htmlFor === element.id);
  }

  function ownNames(element, kind, into, cache) {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      textsOfIds(element, labelledBy).forEach((text) => into.push(bp.text.normalize(text)));
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) {
      into.push(bp.text.normalize(ariaLabel));
    }
    for (const label of [element.closest('label'), ...labelsFor(element)]) {
      if (label) {
        textsWithin(label, into, cache);
      }
    }
    if (kind === 'button' || kind === 'link') {
      into.push(bp.text.normalize(element.value && element.tagName === 'INPUT' ? element.value : element.textContent));
    }
  }

  function holdsControl(element) {
    return element.matches(LABELLED_CONTROLS) || element.querySelector(LABELLED_CONTROLS) !== null;
  }

  /**
   * Whether a wrapper holds a labelled control besides the one in `from` (the child the climb
   * came from, which holds just one), answered once per search (wrappers are shared). Looking
   * into the other children stops at the first control found, so a wrapper around a large table
   * of checkboxes costs a look at one row, not a count of all of them.
   */
  function holdsAnother(wrapper, from, cache) {
    let answer = cache.crowded.get(wrapper);
    if (answer === undefined) {
      answer = [...wrapper.children].some((child) => child !== from && holdsControl(child));
      cache.crowded.set(wrapper, answer);
    }
    return answer;
  }

  /** Text near the control in wrappers that hold no other labelled control. */
  function nearbyNames(element, into, cache) {
    // A control holding another one (a custom checkbox around a native one) labels neither by nearby text.
    if (element.querySelector(LABELLED_CONTROLS)) {
      return;
    }
    let node = element;
    for (let level = 0; level < MAX_LEVELS; level += 1) {
      const wrapper = node.parentElement;
      if (!wrapper || wrapper === document.body || wrapper === document.documentElement) {
        return;
      }
      if (wrapper.childElementCount > MAX_WRAPPER_CHILDREN || holdsAnother(wrapper, node, cache)) {
        return;
      }
      if (wrapper.textContent.length > MAX_WRAPPER_TEXT * 4) {
        return;
      }
      textsWithin(wrapper, into, cache);
      node = wrapper;
    }
  }

  /**
   * What one search knows and learns once for every control it looks at: the labels it looks
   * for (null: any), and which wrappers hold more than one control.
   */
  function newCache(labels = null) {
    return { labels, crowded: new Map() };
  }

  /** Every name the control goes by, normalised. */
  function namesOf(element, kind, cache = newCache()) {
    const names = [];
    ownNames(element, kind, names, cache);
    if (kind === 'checkbox' || kind === 'radio' || kind === 'text') {
      nearbyNames(element, names, cache);
    }
    return new Set(names.filter(Boolean));
  }

  /**
   * Which of a target's labels (normalised, in table order) a control goes by: the index of the
   * first one among its names, -1 for none. An earlier label is the better match.
   */
  function matchRank(labels, names) {
    return labels.findIndex((label) => names.has(label));
  }

  bp.controlLabels = { KIND_SELECTORS, namesOf, newCache, indexLabels, matchRank };
})();
