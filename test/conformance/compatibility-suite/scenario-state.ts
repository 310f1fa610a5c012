/**
 * Per-scenario state owned by one group of steps, kept beside the world rather than in it, so the
 * world does not depend on every capability the steps drive.
 */
import type { World } from './world.ts';

/** A getter for a group's state: created on first use in a scenario, the same object afterwards. */
export function defineScenarioState<T>(create: () => T): (world: World) => T {
  const states = new WeakMap<World, T>();
  return (world) => {
    let state = states.get(world);
    if (state === undefined) {
      state = create();
      states.set(world, state);
    }
    return state;
  };
}
