// Builds dist/: net.cjs, the CLI in one file (each command's module still runs only when that command does);
// vendor-*.cjs, the libraries only importing, exporting and prompts use, each required when first needed; launch.cjs,
// which starts net.cjs with V8's code cache (src/launch.ts); and net.v8cache, that cache, made by running the everyday
// commands once (scripts/train-code-cache.js).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
mkdirSync(dist, { recursive: true });

const common = { bundle: true, platform: "node", target: "node20", write: false, logLevel: "warning" };

// Libraries that only importing, exporting or a prompt use, each built into a file of its own (dist/vendor-*.cjs)
// and required from there when that code first runs. Bundled into net.cjs, they were 740 kB of its 1,150 kB, read by
// every command though no daily one runs them: reading the script took 3.3 ms instead of 1.4 ms (docs/benchmark.md).
// Each file is built from the library's ES module entry (the code the tests run), passing on its default export where
// it has one.
const VENDOR = {
  "@inquirer/prompts": { file: "prompts" },
  "iconv-lite": { file: "iconv-lite", default: true },
  "ical.js": { file: "ical", default: true },
  "csv-parse/sync": { file: "csv-parse" },
  "csv-stringify/sync": { file: "csv-stringify" },
  // Shell completion (net completion, net complete): only a Tab in the shell runs it.
  "@bomb.sh/tab/commander": { file: "tab", default: true },
};
const vendorFile = (name) => `vendor-${VENDOR[name].file}.cjs`;
// An import of a vendored library becomes a small module that re-exports its file, so that even `await import(...)`
// turns into a plain require, which the code-cached script (src/launch.ts) can run. `except`, the library a vendor
// file is being built from, is bundled as usual.
const vendored = (except) => ({
  name: "vendored",
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) =>
      args.path in VENDOR && args.path !== except ? { path: args.path, namespace: "vendored" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "vendored" }, (args) => {
      const file = JSON.stringify(`./${vendorFile(args.path)}`);
      return { contents: `export * from ${file};\nimport * as library from ${file};\nexport default library.default;\n`, loader: "js" };
    });
    b.onResolve({ filter: /^\.\/vendor-/ }, (args) => ({ path: args.path, external: true }));
  },
});

// commander requires node:child_process as it loads, only to run subcommands that are executables of their own, which
// net has none of; loading it (with net, dgram and their streams) cost every command 3–4 ms. commander gets a stand-in
// that loads it on first use.
const childProcessOnDemand = {
  name: "child-process-on-demand",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: "node:child_process", namespace: "on-demand" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "on-demand" }, () => ({
      contents: 'let real;\nmodule.exports = { spawn: (...args) => (real ??= require("node:child_process")).spawn(...args) };\n',
      loader: "js",
    }));
  },
};

const [cli, launcher, ...vendors] = await Promise.all([
  build({
    ...common,
    entryPoints: ["src/cli.ts"],
    outfile: join(dist, "net.cjs"),
    // One script, not ES modules: only a script's compiled code can be cached on Node 20 (vm.Script).
    format: "cjs",
    // better-sqlite3's JavaScript is bundled (and so in the code cache); its compiled addon is loaded by path
    // (src/db/open.ts), so the bindings package that would search for it is left out.
    external: ["bindings", "chrono-node"],
    plugins: [vendored(null), childProcessOnDemand],
    define: { "import.meta.url": "__netModuleUrl" },
    banner: { js: 'const __netModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // NET_DEBUG=1 loads the bundle with its source map, so stack traces name the real functions and files.
    minify: true,
    sourcemap: "linked",
  }),
  // CommonJS like bin/net.js (bin/package.json), so that starting net never sets up Node's ES module loader: about
  // 15–20 M instructions and 5–8 ms fewer for every command (docs/benchmark.md).
  build({ ...common, entryPoints: ["src/launch.ts"], outfile: join(dist, "launch.cjs"), format: "cjs" }),
  ...Object.keys(VENDOR).map((name) =>
    build({
      ...common,
      stdin: {
        contents: `export * from ${JSON.stringify(name)};\n${VENDOR[name].default ? `export { default } from ${JSON.stringify(name)};\n` : ""}`,
        resolveDir: process.cwd(),
        loader: "js",
      },
      outfile: join(dist, vendorFile(name)),
      format: "cjs",
      minify: true,
      sourcemap: "linked",
      plugins: [vendored(name)],
    }),
  ),
]);

const outputs = [cli, launcher, ...vendors].flatMap((b) => b.outputFiles);
for (const file of outputs) {
  let contents = file.contents;
  if (basename(file.path) === "net.cjs") {
    // The id that ties net.v8cache to this exact bundle (src/launch.ts).
    const id = createHash("sha256").update(contents).digest("hex").slice(0, 16);
    contents = Buffer.concat([contents, Buffer.from(`\n// net-build=${id}\n`)]);
  }
  // Written whole and renamed, so a test or benchmark running during a build never reads half a file.
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file.path);
}
// Files of earlier builds (a cache of the previous bundle, the chunks of the old layout) go.
const keep = new Set([...outputs.map((f) => basename(f.path)), "net.v8cache"]);
for (const name of readdirSync(dist)) if (!keep.has(name) && !name.endsWith(".tmp")) rmSync(join(dist, name), { force: true });

const trained = spawnSync(process.execPath, [fileURLToPath(new URL("train-code-cache.js", import.meta.url))], {
  stdio: ["ignore", "ignore", "pipe"],
  encoding: "utf8",
});
if (trained.status !== 0) {
  // net still works without the cache, only about 20 ms slower to start each command.
  process.stderr.write(`build: could not make the code cache (dist/net.v8cache):\n${trained.stderr}\n`);
}
