'use strict';
// Loads the content scripts into Node without a bundler: each file is a classic script that adds
// its part to globalThis.billingPilot, so they are evaluated in order in a fresh context whose
// global object stands in for the page's (only what the pure helpers touch is provided).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const EXTENSION = path.resolve(__dirname, '..', '..', '..');

/** Evaluates the given extension files (paths relative to extension/) and returns billingPilot. */
function load(...files) {
  const context = vm.createContext({
    console,
    performance,
    setTimeout,
    clearTimeout,
    Node: { ELEMENT_NODE: 1, TEXT_NODE: 3 },
    billingPilot: {},
    billingPilotDom: {},
  });
  for (const file of files) {
    vm.runInContext(fs.readFileSync(path.join(EXTENSION, file), 'utf8'), context, { filename: file });
  }
  return context.billingPilot;
}

/** The label table the extension ships (rules/console-labels.json), as parsed JSON. */
function labelTable() {
  return JSON.parse(fs.readFileSync(path.join(EXTENSION, 'rules', 'console-labels.json'), 'utf8'));
}

/**
 * A minimal element for the scope helpers: a tag, text, children, and matches/querySelector
 * that understand a selector as a list of tag names ('button, input').
 */
function element(tag, text = '', children = []) {
  const node = {
    nodeType: 1,
    tagName: tag.toUpperCase(),
    textContent: text,
    parentElement: null,
    children,
    ownerDocument: null,
    matches(selector) {
      return selector.split(',').map((part) => part.trim().toUpperCase()).includes(node.tagName);
    },
    querySelector(selector) {
      for (const child of node.children) {
        if (child.matches(selector)) {
          return child;
        }
        const inner = child.querySelector(selector);
        if (inner) {
          return inner;
        }
      }
      return null;
    },
  };
  children.forEach((child) => {
    child.parentElement = node;
  });
  return node;
}

/** Gives every element under root the same ownerDocument, whose body is `body`. */
function inDocument(root, body) {
  const document = { body };
  const visit = (node) => {
    node.ownerDocument = document;
    node.children.forEach(visit);
  };
  visit(root);
  return document;
}

module.exports = { load, labelTable, element, inDocument };
