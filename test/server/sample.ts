/** The seed sample (test/fixtures/sample.txt) and the uri the protocol tests open it under. Kept out of lspClient.ts,
 * which the benchmark bundles too, so that importing the client reads no file. */
import { readFileSync } from 'node:fs';

export const sample = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8');
export const sampleUri = 'file:///workspace/sample.txt';
