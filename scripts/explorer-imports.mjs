// Which Node builtins a browser bundle would pull in, and through which chain of our imports.
// The explorer runs the simulation in the browser, so one `import "node:fs"` anywhere below its
// entry points (an index that names a Node-only file, say) breaks its bundle; esbuild's own error
// names only the last file. This walks esbuild's metafile from the entry to each builtin instead.
import { build } from "esbuild";
import { builtinModules } from "node:module";

const BUILTIN = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Bundles `entry` for the browser without writing anything and returns, for every Node builtin it
 * imports, the chain of files from the entry to the import: `["src/a.ts", "src/b.ts", "node:fs"]`.
 * An empty list means the bundle is browser-clean.
 * @param {string} entry path of the entry point, relative to `root`
 * @param {string} root the project folder
 * @returns {Promise<string[][]>}
 */
export async function nodeBuiltinChains(entry, root) {
  const found = []; // [importer, builtin]
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "iife",
    logLevel: "silent",
    absWorkingDir: root,
    plugins: [
      {
        name: "node-builtins",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            // A package's own `require("crypto")` is its business: its package.json `browser` field
            // maps it away (seedrandom's does), and esbuild fails the real build if not.
            if (!BUILTIN.has(args.path) || args.importer.includes("/node_modules/")) return undefined;
            found.push([args.importer, args.path]);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  // Breadth-first from the entry over the metafile's import graph: the shortest chain to each importer.
  const inputs = result.metafile.inputs;
  const parent = new Map([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of inputs[file]?.imports ?? []) {
      if (next.external || parent.has(next.path)) continue;
      parent.set(next.path, file);
      queue.push(next.path);
    }
  }
  const relative = (file) => (file.startsWith(root) ? file.slice(root.length).replace(/^\//, "") : file);
  return found.map(([importer, builtin]) => {
    const chain = [builtin];
    for (let file = relative(importer); file !== null && file !== undefined; file = parent.get(file)) chain.unshift(file);
    return chain;
  });
}
