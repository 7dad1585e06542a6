#!/usr/bin/env node
// CommonJS (bin/package.json): see dist/launch.cjs, built from src/launch.ts.
const { join } = require("node:path");

require("../dist/launch.cjs").start(join(__dirname, "..", "dist"));
