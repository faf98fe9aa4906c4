// Cuts the app's wasm into a main module and one chunk per lazily loaded
// page (src/routes.rs), inside trunk's build: trunk 0.21 runs cargo,
// wasm-bindgen and wasm-opt with no step between them (trunk-rs/trunk#1022),
// so this post-build step (called by finish-dist.mjs) starts again from
// cargo's raw wasm, as cargo-leptos does:
//
//   1. wasm-split-cli (crate wasm_split_cli_support, installed by setup.sh)
//      cuts the raw wasm (linked with --emit-relocs, .cargo/config.toml)
//      into the main module, `split_<page>.wasm` per split point,
//      `chunk_<n>.wasm` for code several of them share, and the loader
//      `__wasm_split.js` that fetches and instantiates them;
//   2. wasm-bindgen binds the main module (--keep-lld-exports: the chunks
//      link against its exports);
//   3. wasm-opt, in release builds, optimises every wasm file with the same
//      options trunk used to get (scripts/wasm-opt-args);
//   4. the shared chunks under 8 KB are merged into one file, `chunk_small`
//      (`mergeSmallChunks`): wasm-split gives each set of split points that
//      shares code a file of its own, and most of those are a few hundred
//      bytes, each a request, a compilation and an instantiation;
//   5. the results replace trunk's js and wasm, all of them named with one
//      hash of their contents (`namedAfterContents`), so a release never
//      reuses a file name of another release;
//   6. index.html's script tag gets `data-chunks`: each page's files, which
//      boot.js downloads for a deep link beside the main wasm, and the
//      loader takes those downloads (`takeEarlyDownloads`); trunk's preload
//      link for the main wasm goes, as boot.js downloads that too.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

function cargoTargetDir(source) {
  const metadata = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: source,
    encoding: 'utf8',
  });
  return JSON.parse(metadata).target_directory;
}

/**
 * A build's code files, from boot.js's tag in its index.html: the hashed
 * names trunk gave the main js and wasm, and each split point's files once
 * this script has written them (`data-chunks`, else `{}`). Also read by the
 * benchmark (bench/route-code.mjs) and the split e2e tests.
 */
export function builtCode(index) {
  const tag = index.match(/<script[^>]*\sdata-js="([^"]*)"[^>]*\sdata-wasm="([^"]*)"[^>]*>/);
  if (!tag) throw new Error('index.html has no boot.js tag with data-js and data-wasm');
  const file = (url) => url.slice(url.lastIndexOf('/') + 1);
  const chunks = tag[0].match(/\sdata-chunks="([^"]*)"/)?.[1].replaceAll('&quot;', '"') ?? '{}';
  return { tag: tag[0], js: file(tag[1]), wasm: file(tag[2]), chunks: JSON.parse(chunks) };
}

/**
 * Which files each split point needs, from the loader wasm-split wrote: each
 * shared chunk is introduced by a comment naming the split points that use
 * it, and each split point's own file is `split_<name>.wasm`.
 */
export function chunkMap(loader) {
  const pages = {};
  const shared = /\/\* ([^*]+) \*\/\nconst __chunk_\d+ = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/([\w.]+)\.wasm"/g;
  for (const [, splits, file] of loader.matchAll(shared)) {
    for (const split of splits.split(', ')) (pages[split] ??= []).push(file);
  }
  for (const [, split] of loader.matchAll(/new URL\("\.\/split_(\w+)\.wasm"/g)) {
    (pages[split] ??= []).push(`split_${split}`);
  }
  return pages;
}

/**
 * Makes the loader take a chunk's download from boot.js when boot.js has
 * started it (the chunks of the page a deep link opens), rather than fetch
 * it again. boot.js starts those downloads with plain fetch() calls, not
 * `<link rel="preload">`: Safari never hands a preload of `as="fetch"` to
 * a later fetch() and so downloaded every preloaded file twice, the main
 * wasm included (measured in WebKit, with this server's `no-cache` and with
 * `max-age`). A download is taken once: a retry after a failure fetches anew.
 */
export function takeEarlyDownloads(loader, chunkCount) {
  const calls = loader.match(/\bfetch\(new URL\(/g)?.length ?? 0;
  if (calls !== chunkCount) throw new Error(`split-wasm: ${calls} fetch calls in the loader for ${chunkCount} chunks`);
  const helper = [
    '// A download boot.js started for this page (scripts/split-wasm.mjs), taken once.',
    'function fetchChunk(url) {',
    '    const early = globalThis.marqueeEarlyDownloads?.get(url.href);',
    '    if (early === undefined) return fetch(url);',
    '    globalThis.marqueeEarlyDownloads.delete(url.href);',
    '    return early;',
    '}',
  ].join('\n');
  const body = loader.replace(/\bfetch\(new URL\(/g, 'fetchChunk(new URL(');
  // After the loader's one import statement: imports come first in a module.
  const importEnd = body.indexOf('\n', body.indexOf('import ')) + 1;
  return `${body.slice(0, importEnd)}\n${helper}\n${body.slice(importEnd)}`;
}

/**
 * Shared chunks smaller than this are merged into one file. At 2 KB the
 * title page's lower sections still came in 10 files, and asking for them
 * (a fetch() and an instantiation each) took a task of about 37 ms on this
 * machine; at 8 KB they come in 6, and pages bring 3–9 KiB more code.
 */
export const SMALL_CHUNK_BYTES = 8192;
/** The file the small shared chunks are merged into (without `.wasm`). */
const SMALL = 'chunk_small';

/**
 * Merges the shared chunks under 8 KB in `dir` into one file,
 * `chunk_small.wasm`, and returns their names (without `.wasm`); none when
 * fewer than two are that small. wasm-split gives the code each *set* of
 * split points shares a file of its own, and most of those files held one
 * or two functions: measured on this app when the merge was written, 65 of
 * 78 shared chunks were under 2 KB, and the home page needed 36 wasm files;
 * merged, they were 7.0 KB gzipped, less than the same code in separate
 * files. A page that needs any of them takes them all.
 *
 * Taking more than a page needs changes nothing it runs: instantiating a
 * chunk only puts its functions into the shared table and its data into the
 * shared memory, at places reserved for them in the main module, and those
 * functions are called only by code of the split points that share them.
 *
 * wasm-merge (binaryen) keeps each module's imports apart, which would give
 * the merged file one import of the memory per chunk; so the first module
 * of the merge, named `__wasm_split` as the chunks' imports are, imports
 * each shared item once (from `marquee_split`) and exports it, and the
 * chunks' imports resolve to it.
 */
export async function mergeSmallChunks(dir, chunks, features) {
  const small = [];
  for (const file of chunks) {
    if (/^chunk_\d+\.wasm$/.test(file) && (await stat(join(dir, file))).size < SMALL_CHUNK_BYTES) small.push(file);
  }
  if (small.length < 2) return [];
  const shared = new Map();
  const importLine = /^\s*\(import "__wasm_split" "([^"]+)" \((\w+) \$[^\s)]+(.*)\)\)\s*$/gm;
  for (const file of small) {
    const text = execFileSync('wasm-dis', [join(dir, file)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const [, name, kind, type] of text.matchAll(importLine)) {
      if (!['memory', 'table', 'global'].includes(kind)) throw new Error(`split-wasm: ${file} imports a ${kind}`);
      shared.set(name, { kind, type });
    }
  }
  const items = [...shared].map(([name, { kind, type }], i) => [
    `(import "marquee_split" "${name}" (${kind} $i${i}${type}))`,
    `(export "${name}" (${kind} $i${i}))`,
  ]);
  const provider = join(dir, 'provider.wasm');
  await writeFile(join(dir, 'provider.wat'), `(module\n${items.flat().join('\n')}\n)\n`);
  run('wasm-as', [...features, join(dir, 'provider.wat'), '-o', provider]);
  const modules = small.flatMap((file, i) => [join(dir, file), `chunk${i}`]);
  run('wasm-merge', [...features, provider, '__wasm_split', ...modules, '-o', join(dir, `${SMALL}.wasm`)]);
  for (const file of [...small, 'provider.wat', 'provider.wasm']) await rm(join(dir, file));
  return small.map((file) => file.replace(/\.wasm$/, ''));
}

/**
 * Points the loader's entries for the `merged` chunks at one entry that
 * loads `chunk_small.wasm` (see `mergeSmallChunks`), with the shared
 * imports under the name the merged file imports them by. Split points list
 * the entry once per chunk it replaces; the loader starts a download once
 * and hands every caller the same instance.
 */
export function loadMergedChunks(loader, merged) {
  if (merged.length === 0) return loader;
  const names = new Set(merged);
  let replaced = 0;
  const entry = /(?:\/\* [^*]+ \*\/\n)?const (__chunk_\d+) = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/(chunk_\d+)\.wasm"[^]*?\n, \[\]\);/g;
  const body = loader.replace(entry, (whole, variable, file) => {
    if (!names.has(file)) return whole;
    replaced += 1;
    return `const ${variable} = __${SMALL};`;
  });
  if (replaced !== merged.length) throw new Error(`split-wasm: ${replaced} loader entries for ${merged.length} merged chunks`);
  const definition = [
    `/* The shared chunks under 8 KB, merged into one file (scripts/split-wasm.mjs). */`,
    `const __${SMALL} = makeLoad(() => {`,
    `    const src = fetch(new URL("./${SMALL}.wasm", import.meta.url));`,
    '    src.catch(() => {});',
    '    return async (imports) => (WebAssembly.instantiateStreaming(src, { marquee_split: imports.__wasm_split }));',
    '}',
    ', []);',
    '',
  ].join('\n');
  // Before the first chunk's entry, which may now refer to it.
  const first = body.search(/^(?:\/\* [^*]+ \*\/\n)?const __chunk_\d+ = /m);
  return `${body.slice(0, first)}${definition}${body.slice(first)}`;
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The code files under a name hashed from what they hold. Trunk's hash is
 * of the unsplit wasm cargo built, so it stayed the same when only the
 * split changed (wasm-split, wasm-opt, this script: the loader, which chunks
 * are merged), and a release could serve other contents under a name a
 * browser had cached from the one before. `outputs` maps each file's name,
 * which starts with `stem`, to its bytes; the js files name each other by
 * that stem and are rewritten with the new one, all but `<stem>_bg.js`: no
 * file, the name under which the main wasm imports the glue's functions,
 * written into the wasm by wasm-bindgen.
 */
export function namedAfterContents(stem, outputs) {
  const hash = createHash('sha256');
  for (const [file, bytes] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  // Trunk writes its u64 hash in hex without leading zeros (`{hash:x}`):
  // one time in 16 it is shorter than 16 digits.
  const trunkHash = /-[0-9a-f]{1,16}$/;
  if (!trunkHash.test(stem)) throw new Error(`split-wasm: ${stem} does not end in trunk's hash`);
  const named = stem.replace(trunkHash, `-${hash.digest('hex').slice(0, 16)}`);
  const fileNames = new RegExp(`${stem}(?!_bg\\.js)`, 'g');
  const renamed = new Map();
  for (const [file, bytes] of outputs) {
    const text = file.endsWith('.js') ? Buffer.from(bytes.toString('utf8').replace(fileNames, named)) : bytes;
    renamed.set(file.replace(stem, named), text);
  }
  return { stem: named, outputs: renamed };
}

export async function splitWasm({ staging, source, profile }) {
  const indexPath = join(staging, 'index.html');
  let index = await readFile(indexPath, 'utf8');
  const names = builtCode(index);
  const stem = names.js.replace(/\.js$/, '');
  const raw = join(cargoTargetDir(source), 'wasm32-unknown-unknown', profile, 'film-site.wasm');
  const work = await mkdtemp(join(tmpdir(), 'split-wasm-'));
  try {
    run('wasm-split-cli', [raw, work, '--out-name', stem]);
    const bound = join(work, 'bound');
    run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-dir', bound, '--out-name', stem, join(work, `${stem}.wasm`),
    ]);
    const wasmFiles = async () => (await readdir(work)).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f));
    const args = (await readFile(join(source, 'scripts', 'wasm-opt-args'), 'utf8')).trim().split(/\s+/);
    if (profile === 'release') {
      for (const file of [join(bound, `${stem}_bg.wasm`), ...(await wasmFiles()).map((f) => join(work, f))]) {
        run('wasm-opt', [...args, file, '-o', file]);
      }
    }
    const merged = await mergeSmallChunks(work, await wasmFiles(), args.filter((a) => a.startsWith('--enable-')));
    const chunks = await wasmFiles();

    // Every name gets this build's hash: `film-site-<hash>.split_cast_page.wasm`.
    const renamed = (file) => `${stem}.${file}`;
    let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    // Each split point's files, a merged chunk's file named once.
    const small = new Set(merged);
    const pages = Object.fromEntries(
      Object.entries(chunkMap(loader)).map(([page, list]) => [
        page,
        [...new Set(list.map((f) => (small.has(f) ? SMALL : f)))],
      ]),
    );
    loader = loadMergedChunks(loader, merged);
    loader = loader.replace(/new URL\("\.\/([\w.]+\.wasm)"/g, (_, file) => `new URL("./${renamed(file)}"`);
    loader = takeEarlyDownloads(loader, chunks.length);
    const loaderName = `${stem}.split.js`;
    let js = await readFile(join(bound, `${stem}.js`), 'utf8');
    const loaderImport = /from ['"]\.\/__wasm_split\.js['"]/g;
    if (!loaderImport.test(js)) throw new Error('split-wasm: the bound js does not import __wasm_split.js');
    js = js.replace(loaderImport, `from './${loaderName}'`);

    const outputs = new Map([
      [names.js, Buffer.from(js)],
      [names.wasm, await readFile(join(bound, `${stem}_bg.wasm`))],
      [loaderName, Buffer.from(loader)],
    ]);
    for (const chunk of chunks) outputs.set(renamed(chunk), await readFile(join(work, chunk)));
    const final = namedAfterContents(stem, outputs);
    await rm(join(staging, names.js));
    await rm(join(staging, names.wasm));
    for (const [file, bytes] of final.outputs) await writeFile(join(staging, file), bytes);
    index = index.replaceAll(stem, final.stem);
    const built = builtCode(index);

    // Trunk's modulepreload link carries the integrity of the js it wrote.
    const jsLink = new RegExp(`(<link[^>]*href="[^"]*${built.js.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*"`);
    index = index.replace(jsLink, `$1${sri(final.outputs.get(built.js))}"`);
    // boot.js downloads the main wasm itself (see takeEarlyDownloads).
    const wasmPreload = new RegExp(`<link rel="preload"[^>]*href="[^"]*${built.wasm.replace(/[.]/g, '\\.')}"[^>]*>`);
    if (!wasmPreload.test(index)) throw new Error("split-wasm: index.html has no preload link for trunk's wasm");
    index = index.replace(wasmPreload, '');
    const files = Object.fromEntries(
      Object.entries(pages).map(([page, list]) => [page, list.map((f) => `${final.stem}.${f}.wasm`)]),
    );
    const json = JSON.stringify(files).replace(/"/g, '&quot;');
    index = index.replace(built.tag, built.tag.replace(/>$/, ` data-chunks="${json}">`));
    await writeFile(indexPath, index);
    const total = [...final.outputs.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    console.log(`split-wasm: ${chunks.length} chunks (${merged.length} merged into ${SMALL}) for ${Object.keys(pages).length} split points, ${total} bytes in all`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
