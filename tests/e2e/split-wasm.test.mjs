// The split step's own rewriting (scripts/split-wasm.mjs), on small inputs
// shaped like wasm-split's loader; the build it produces is tested in
// split.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkMap, loadMergedChunks, namedAfterContents } from '../../scripts/split-wasm.mjs';

/** A shared chunk's entry as wasm-split writes it into the loader. */
const entry = (n, users) =>
  [
    `/* ${users} */`,
    `const __chunk_${n} = makeLoad(() => {`,
    `    const src = fetch(new URL("./chunk_${n}.wasm", import.meta.url));`,
    '    src.catch(() => {});',
    '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));',
    '}',
    ', []);',
  ].join('\n');

const LOADER = [
  'function makeLoad(fetcher, deps) {}',
  entry(10, 'home_page, person_page'),
  entry(11, 'home_page'),
  entry(12, 'person_page'),
  'export const __wasm_split_load_home_page = wrapAsyncCb(makeLoad(() => {',
  '    const src = fetch(new URL("./split_home_page.wasm", import.meta.url));',
  '}',
  ', [__chunk_10, __chunk_11]));',
].join('\n');

test('the loader reads which files each split point needs', () => {
  assert.deepEqual(chunkMap(LOADER), {
    home_page: ['chunk_10', 'chunk_11', 'split_home_page'],
    person_page: ['chunk_10', 'chunk_12'],
  });
});

test('merged chunks load through one entry, defined before any of them', () => {
  const loader = loadMergedChunks(LOADER, ['chunk_10', 'chunk_12']);
  assert.match(loader, /const __chunk_10 = __chunk_small;/);
  assert.match(loader, /const __chunk_12 = __chunk_small;/);
  assert.match(loader, /const __chunk_11 = makeLoad\(/, 'a chunk left alone keeps its entry');
  assert.equal(loader.match(/chunk_small\.wasm/g).length, 1, 'one download of the merged file');
  assert.doesNotMatch(loader, /chunk_(10|12)\.wasm/);
  assert.ok(loader.indexOf('const __chunk_small =') < loader.indexOf('const __chunk_10 ='));
  assert.match(loader, /instantiateStreaming\(src, \{ marquee_split: imports\.__wasm_split \}\)/);
  assert.equal(loadMergedChunks(LOADER, []), LOADER);
});

test('a merged chunk the loader has no entry for stops the build', () => {
  assert.throws(() => loadMergedChunks(LOADER, ['chunk_10', 'chunk_99']), /1 loader entries for 2 merged chunks/);
});

test('code files are named after what they hold, and the js after the new names', () => {
  const stem = 'film-site-0123456789abcdef';
  const outputs = (chunk) =>
    new Map([
      [`${stem}.js`, Buffer.from(`import "./${stem}.split.js"; new URL("${stem}_bg.wasm"); imports["./${stem}_bg.js"]`)],
      [`${stem}_bg.wasm`, Buffer.from([0, 97, 115, 109])],
      [`${stem}.chunk_small.wasm`, Buffer.from(chunk)],
    ]);
  const first = namedAfterContents(stem, outputs('one'));
  assert.match(first.stem, /^film-site-[0-9a-f]{16}$/);
  assert.notEqual(first.stem, stem);
  assert.deepEqual([...first.outputs.keys()].sort(), [
    `${first.stem}.chunk_small.wasm`,
    `${first.stem}.js`,
    `${first.stem}_bg.wasm`,
  ]);
  assert.equal(
    first.outputs.get(`${first.stem}.js`).toString(),
    `import "./${first.stem}.split.js"; new URL("${first.stem}_bg.wasm"); imports["./${stem}_bg.js"]`,
    'the main wasm imports the glue under the name wasm-bindgen gave it',
  );
  assert.equal(namedAfterContents(stem, outputs('one')).stem, first.stem, 'the same build, the same names');
  assert.notEqual(namedAfterContents(stem, outputs('two')).stem, first.stem, 'one chunk changed, new names');
  assert.throws(() => namedAfterContents('film-site', outputs('one')), /trunk's hash/);
});

test("trunk's hash written without its leading zeros is still trunk's hash", () => {
  // Trunk formats its u64 hash as `{hash:x}`: a fresh clone's debug build
  // came out as film-site-673017e3f89935, fourteen digits.
  const stem = 'film-site-673017e3f89935';
  const renamed = namedAfterContents(stem, new Map([[`${stem}.js`, Buffer.from(`import "./${stem}.split.js";`)]]));
  assert.match(renamed.stem, /^film-site-[0-9a-f]{16}$/);
  assert.deepEqual([...renamed.outputs.keys()], [`${renamed.stem}.js`]);
  assert.equal(renamed.outputs.get(`${renamed.stem}.js`).toString(), `import "./${renamed.stem}.split.js";`);
});
