// Bundles src/ into dist/ with one chunk per command, so a command loads only what it uses.
import { build } from "esbuild";

// dist/ is not wiped first, so two builds at once never leave a missing cli.js; chunk names are content hashes.
await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3", "chrono-node"],
  banner: { js: "import { createRequire as __netRequire } from 'node:module'; const require = __netRequire(import.meta.url);" },
  // Less source for V8 to read and compile at every start; NET_DEBUG=1 turns on the source maps, so its stack traces
  // name the real functions and files.
  minify: true,
  sourcemap: "linked",
  logLevel: "warning",
});
