import { GraphQLError } from 'graphql';
import { InvalidInput, NotFound } from '../common/errors';
import { fieldFromCoercionMessage, formatError } from './format-error';

describe('formatError', () => {
  it('maps a domain error to its contract code and field', () => {
    const error = new GraphQLError('x', { originalError: new InvalidInput('subject', 'Too long') });
    expect(formatError({ message: 'x', path: ['createTicket'] }, error)).toEqual({
      message: 'Too long',
      path: ['createTicket'],
      extensions: { code: 'BAD_USER_INPUT', field: 'subject' },
    });
    expect(
      formatError({ message: 'x' }, new GraphQLError('x', { originalError: new NotFound('Ticket') })),
    ).toEqual({
      message: 'Ticket not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR', () => {
    const leak = new Error('ER_NO_SUCH_TABLE: SELECT * FROM tickets at /srv/app/node_modules/x.js:1');
    const formatted = formatError(
      { message: leak.message, extensions: { stacktrace: ['at x'] } },
      new GraphQLError(leak.message, { originalError: leak }),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|node_modules|stacktrace/);
  });

  it('says so when the database cannot be reached, still without internals', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    expect(
      formatError({ message: down.message }, new GraphQLError(down.message, { originalError: down })),
    ).toEqual({
      message: 'The database is not answering right now; please try again in a moment.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps request errors as BAD_USER_INPUT, naming the field when graphql-js does', () => {
    const message =
      'Variable "$input" got invalid value "SUPER" at "input.priority"; Value "SUPER" does not exist in "Priority" enum.';
    expect(
      formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)),
    ).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'priority' },
    });
  });
});

describe('fieldFromCoercionMessage', () => {
  it.each([
    [
      'Variable "$input" got invalid value {}; Field "subject" of required type "String!" was not provided.',
      'subject',
    ],
    [
      'Variable "$input" got invalid value 5 at "input.subject"; String cannot represent a non string value: 5',
      'subject',
    ],
    ['Field "bogus" is not defined by type "CreateTicketInput".', 'bogus'],
    ['Syntax Error: Expected Name, found <EOF>.', undefined],
  ])('%s', (message, field) => expect(fieldFromCoercionMessage(message)).toBe(field));
});
