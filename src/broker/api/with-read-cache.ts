/**
 * A store that remembers, for one request, the pacticipants and environments it looked up: a
 * matrix question validates its names and then resolves them, and each look-up is a round trip on
 * PostgreSQL.
 */
import type { BrokerStore } from '../store/broker-store.ts';

const cached = new Set<PropertyKey>(['findPacticipant', 'findEnvironmentByName']);

/**
 * The store, with `findPacticipant` and `findEnvironmentByName` answered once per name.
 *
 * @example
 * const store = withReadCache(context.store); // for this request only
 */
export function withReadCache(store: BrokerStore): BrokerStore {
  const answers = new Map<string, Promise<unknown>>();
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!cached.has(property)) return value.bind(target);
      return (name: string) => {
        const key = `${String(property)}:${name}`;
        let answer = answers.get(key);
        if (answer === undefined) {
          answer = value.call(target, name) as Promise<unknown>;
          answers.set(key, answer);
        }
        return answer;
      };
    },
  });
}
