import { describe, expect, it } from 'vitest';
import { loadConfig, parseApiTokens } from '../config.ts';
import { editorForToken } from './token.ts';

describe('API tokens', () => {
  const { tokens } = parseApiTokens('alice:alice-token-1,bob:bob:token:2', 'shared-token-3');
  it('names the editor of each token (the token may hold colons); API_TOKEN is "api"', () => {
    expect(tokens).toEqual([{ editor: 'alice', token: 'alice-token-1' }, { editor: 'bob', token: 'bob:token:2' }, { editor: 'api', token: 'shared-token-3' }]);
    expect(editorForToken('Bearer alice-token-1', tokens)).toBe('alice');
    expect(editorForToken('bearer bob:token:2', tokens)).toBe('bob');
    expect(editorForToken('Bearer shared-token-3', tokens)).toBe('api');
    for (const h of [null, '', 'alice-token-1', 'Basic alice-token-1', 'Bearer alice-token', 'Bearer x']) expect(editorForToken(h, tokens), String(h)).toBeNull();
    expect(editorForToken('Bearer alice-token-1', [])).toBeNull();
  });

  it('refuses malformed lists at start-up, naming the entry', () => {
    expect(() => loadConfig({ API_TOKENS: 'alice:short' })).toThrow(/entry 1 \(alice\).*8 characters/);
    expect(() => loadConfig({ API_TOKENS: 'no-colon-token' })).toThrow(/entry 1: give editor:token/);
    expect(() => loadConfig({ API_TOKENS: 'a:same-token-x,b:same-token-x' })).toThrow(/given twice/);
    expect(loadConfig({ API_TOKENS: 'alice:alice-token-1, ' }).apiTokens).toEqual([{ editor: 'alice', token: 'alice-token-1' }]);
  });
});
