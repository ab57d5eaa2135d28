import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', '.neo4j/**', 'dist/**', 'bench/results/**', 'public/build/**', 'coverage/**', 'test-artifacts/**', '.scratch*/**', 'test/corpus-tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core must not reach for I/O: it is text in, claims out.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:child_process', 'neo4j-driver', 'fastify', '../graph/*', '../gql/*', '../http/*', '../cli/*'], message: 'src/core is pure: no I/O and no outer layers.' },
        ],
      }],
    },
  },
);
