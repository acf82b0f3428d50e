'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness');

const bp = load('content/core/safety.js', 'content/core/lifecycle.js');

const until = (condition) => new Promise((resolve) => {
  const check = () => (condition() ? resolve() : setTimeout(check, 1));
  check();
});

test('requests while the job runs make it run once more after it, not once per request', () => {
  const starts = [];
  let finish = null;
  const request = bp.lifecycle.paced((finished) => {
    starts.push(performance.now());
    finish = finished;
  }, 0, new AbortController().signal, 'test');
  request();
  request();
  request();
  assert.equal(starts.length, 1, 'a second run never starts while one is under way');
  // With no gap, a run asked for meanwhile starts as soon as the previous one finishes.
  finish();
  assert.equal(starts.length, 2, 'the requests during the first run start a second one when it ends');
  finish();
  assert.equal(starts.length, 2, 'three requests during the first run ask for one more run, not three');
});

test('runs start at most every gap; a request inside the gap is served when it ends', async () => {
  const starts = [];
  const request = bp.lifecycle.paced((finished) => {
    starts.push(performance.now());
    finished();
  }, 40, new AbortController().signal, 'test');
  request();
  request();
  request();
  assert.equal(starts.length, 1);
  await until(() => starts.length === 2);
  assert.ok(starts[1] - starts[0] >= 39, `the second run came ${starts[1] - starts[0]} ms after the first`);
});

test('nothing runs once the signal aborts (the pending run inside the gap included)', async () => {
  const controller = new AbortController();
  let runs = 0;
  const request = bp.lifecycle.paced((finished) => {
    runs += 1;
    finished();
  }, 30, controller.signal, 'test');
  request();
  request();
  controller.abort();
  await new Promise((resolve) => setTimeout(resolve, 60));
  request();
  assert.equal(runs, 1);
});
