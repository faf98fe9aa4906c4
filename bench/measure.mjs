// What the benchmark scripts share: the median of runs, and a file's size
// compressed as static hosts compress it (gzip -9, brotli 11).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
