import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../support/gold-checks.ts';

describeGoldSet({
  label: 'held-out gold annotations (test/fixtures/heldout/)',
  goldDir: fileURLToPath(new URL('../fixtures/heldout/gold/', import.meta.url)),
  articleDir: fileURLToPath(new URL('../fixtures/heldout/articles/', import.meta.url)),
  checkManifest: true,
});
