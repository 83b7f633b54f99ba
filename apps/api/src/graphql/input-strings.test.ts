import { parse, print } from 'graphql';
import { cleanDocumentStrings, cleanVariables, LoneSurrogate } from './input-strings';

describe('cleanVariables', () => {
  it('makes every string NFC, deep in objects and lists, and keeps the rest as it is', () => {
    const variables = {
      input: { email: 'rene\u0301@x.com', tags: ['cafe\u0301', 'ok'], n: 3, flag: true, none: null },
    };
    expect(cleanVariables(variables)).toEqual({
      input: { email: 'ren\u00e9@x.com', tags: ['caf\u00e9', 'ok'], n: 3, flag: true, none: null },
    });
    expect(variables.input.email).toBe('rene\u0301@x.com'); // the request's own object is not changed
  });

  it('hands back the same object when nothing changes (no copy on the hot path)', () => {
    const variables = { w: '1', input: { subject: 'Plain ASCII', body: 'é already NFC 😀' } };
    expect(cleanVariables(variables)).toBe(variables);
  });

  it('refuses a lone surrogate, naming where it is', () => {
    expect(() => cleanVariables({ input: { body: 'a\ud800b' } })).toThrow(LoneSurrogate);
    try {
      cleanVariables({ input: { list: ['ok', '\udfff'] } });
    } catch (err) {
      expect((err as LoneSurrogate).message).toMatch(/^\$input\.list\[1\] contains a lone UTF-16 surrogate/);
      expect((err as LoneSurrogate).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'list[1]',
        http: { status: 400 },
      });
    }
  });
});

describe('cleanDocumentStrings', () => {
  it('makes string literals NFC and keeps a document without any to change as the same object', () => {
    const plain = parse('{ ticketByReference(reference: "TK-1") { id } }');
    expect(cleanDocumentStrings(plain)).toBe(plain);
    const decomposed = parse('{ requester(workspaceId: "1", email: "rene\u0301@x.com") { id } }');
    expect(print(cleanDocumentStrings(decomposed))).toContain('"ren\u00e9@x.com"');
  });
});
