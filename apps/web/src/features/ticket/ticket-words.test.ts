import { describeAssignment, displayReference, formatDateTime } from './ticket-words';

const olivia = { id: 'm1', name: 'Olivia' };
const sam = { id: 'm2', name: 'Sam' };
const tess = { id: 'm3', name: 'Tess' };

describe('describeAssignment', () => {
  test.each([
    [{ via: 'CREATE', actor: olivia, from: null, to: sam }, 'Olivia created it, assigned to Sam'],
    [{ via: 'CREATE', actor: olivia, from: null, to: null }, 'Olivia created it, unassigned'],
    [{ via: 'CREATE', actor: null, from: null, to: null }, 'It arrived, unassigned'],
    [{ via: 'CLAIM', actor: sam, from: null, to: sam }, 'Sam claimed it by replying'],
    [{ via: 'ASSIGN', actor: olivia, from: sam, to: tess }, 'Olivia reassigned it from Sam to Tess'],
    [{ via: 'ASSIGN', actor: olivia, from: null, to: tess }, 'Olivia assigned it to Tess'],
    [{ via: 'ASSIGN', actor: olivia, from: sam, to: null }, 'Olivia unassigned Sam'],
    [{ via: 'ASSIGN', actor: tess, from: null, to: tess }, 'Tess took it'],
    [{ via: 'ASSIGN', actor: tess, from: sam, to: tess }, 'Tess took it over from Sam'],
    [{ via: 'ASSIGN', actor: null, from: sam, to: tess }, 'Someone reassigned it from Sam to Tess'],
    [{ via: 'DEACTIVATION', actor: olivia, from: sam, to: null }, 'Unassigned when Sam was deactivated'],
  ] as const)('%o', (event, words) => {
    expect(describeAssignment(event)).toBe(words);
  });
});

describe('displayReference', () => {
  test.each([
    ['tk-42', 'TK-00042'],
    ['  TK-00042 ', 'TK-00042'],
    ['tk42', 'TK-00042'],
    ['TK-1234567', 'TK-1234567'],
    ['hello', 'hello'],
  ])('%s -> %s', (typed, shown) => {
    expect(displayReference(typed)).toBe(shown);
  });
});

test('formatDateTime shows bad input as given', () => {
  expect(formatDateTime('not a date')).toBe('not a date');
  expect(formatDateTime('2026-11-24T10:00:00.000Z', 'en-GB')).toMatch(/2026/);
});
