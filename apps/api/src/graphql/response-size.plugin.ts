import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../common/logger';
import { MAX_RESPONSE_BYTES, responseTooLargeMessage, type ResponseBudget } from './response-budget';

/**
 * About how many bytes `value` takes as JSON, counted only until it passes `limit`: strings by their
 * UTF-8 length and quotes, keys likewise, numbers and punctuation roughly. Escapes are not counted,
 * so the real text can be somewhat longer; what matters is that nothing near 158 MiB is ever built.
 * Returns how much of `limit` is left (negative once it is passed).
 */
export function jsonBytesLeft(value: unknown, limit: number): number {
  let left = limit;
  const stack: unknown[] = [value];
  while (stack.length > 0 && left >= 0) {
    const item = stack.pop();
    if (typeof item === 'string') left -= Buffer.byteLength(item) + 3;
    else if (item === null || typeof item !== 'object') left -= 8;
    else if (Array.isArray(item)) {
      left -= 2 + item.length;
      for (const element of item) stack.push(element);
    } else {
      left -= 2;
      for (const [key, field] of Object.entries(item)) {
        left -= key.length + 4;
        stack.push(field);
      }
    }
  }
  return left;
}

/**
 * Refuses an answer larger than MAX_RESPONSE_BYTES before Apollo turns it into one string: a request
 * within the cost limit can still repeat the same texts many times over (the loaders read them once;
 * the response would hold every copy). Measured on the result object, which shares its strings with
 * the rows it came from, so the measurement costs a walk, not the text. A request whose ResponseBudget
 * ran out (message bodies, counted before they are read; past it they resolve to '') gets the same
 * single refusal: its data is never sent.
 */
export function responseSizePlugin(
  logger: Logger,
  maxBytes = MAX_RESPONSE_BYTES,
): ApolloServerPlugin<{ requestId: string; budget?: ResponseBudget }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const budgetRanOut = contextValue.budget?.exceeded === true;
          if (!budgetRanOut && jsonBytesLeft([result.data, result.errors], maxBytes) >= 0) return;
          logger.warn({ requestId: contextValue.requestId, maxBytes }, 'response too large: refused');
          response.body.singleResult = {
            errors: [
              {
                message: responseTooLargeMessage(maxBytes, operation?.operation === 'mutation'),
                extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', maxBytes },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
