'use strict';
// Every content-script file adds its part to this one object. The files are classic scripts that
// run in the order manifest.json lists them, in the extension's isolated world.
globalThis.billingPilot = globalThis.billingPilot || {};
