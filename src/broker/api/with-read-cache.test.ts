import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { withReadCache } from './with-read-cache.ts';

describe('withReadCache', () => {
  it('looks each pacticipant and environment up once, and passes every other call through', async () => {
    const store = openSqliteStore();
    await store.recordVersion('web', '1');
    let lookups = 0;
    const counted = new Proxy(store, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (property === 'findPacticipant') lookups++;
          return value.apply(target, args);
        };
      },
    });
    const cached = withReadCache(counted);
    assert.equal((await cached.findPacticipant('web'))?.name, 'web');
    assert.equal((await cached.findPacticipant('web'))?.name, 'web');
    assert.equal(await cached.findPacticipant('nobody'), undefined);
    assert.equal(lookups, 2);
    assert.equal((await cached.findVersion('web', '1'))?.number, '1');
    await store.close();
  });
});
