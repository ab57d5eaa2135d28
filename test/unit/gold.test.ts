import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../support/gold-checks.ts';

describeGoldSet({
  label: 'gold annotations of the seed articles',
  goldDir: fileURLToPath(new URL('../fixtures/gold/', import.meta.url)),
  articleDir: fileURLToPath(new URL('../../seeds/articles/', import.meta.url)),
});
