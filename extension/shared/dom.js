'use strict';
// The only way this extension builds DOM: createElement, setAttribute and text nodes. Never
// markup strings, so nothing a page or the server says can become HTML.
globalThis.billingPilotDom = (() => {
  /**
   * h('button', {type: 'button', class: 'copy', onclick: fn}, 'Copy') builds an element.
   * Attributes whose value is null, undefined or false are left out; 'on...' keys add listeners
   * (pass {signal} through listenerOptions to tear them down); children are nodes or strings.
   */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name.startsWith('on') && typeof value === 'function') {
        element.addEventListener(name.slice(2), value);
      } else {
        element.setAttribute(name, value === true ? '' : String(value));
      }
    }
    append(element, children);
    return element;
  }

  function append(parent, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }

  /** Sets an element's text only when it changes, so live regions announce real changes only. */
  function setText(element, text) {
    const value = text ?? '';
    if (element.textContent !== value) {
      element.textContent = value;
    }
  }

  return { h, setText };
})();
