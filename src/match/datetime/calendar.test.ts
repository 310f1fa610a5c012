import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { daysInMonth, isoDayOfWeek, isoWeek, weekOfMonth } from './calendar.ts';
import { fromWallClock, toWallClock } from './wall-clock.ts';

describe('calendar', () => {
  it('gives ISO weeks that belong to the neighbouring year at the turn of the year', () => {
    assert.deepEqual(isoWeek(2001, 7, 4), { weekYear: 2001, week: 27 });
    assert.deepEqual(isoWeek(2021, 1, 1), { weekYear: 2020, week: 53 });
    assert.deepEqual(isoWeek(2024, 12, 30), { weekYear: 2025, week: 1 });
  });

  it('numbers days of the week from Monday and handles years before 100', () => {
    assert.equal(isoDayOfWeek(2000, 1, 1), 6);
    assert.equal(isoDayOfWeek(2024, 6, 2), 7);
    assert.equal(daysInMonth(4, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });

  it('counts weeks of the month from the week holding the 1st', () => {
    assert.equal(weekOfMonth(2024, 6, 2), 1);
    assert.equal(weekOfMonth(2024, 6, 3), 2);
    assert.equal(weekOfMonth(2024, 9, 30), 6);
  });
});

describe('wall clock', () => {
  it('round-trips an instant through its wall-clock fields in any zone', () => {
    const zones = ['UTC', 'Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const clock = toWallClock(date, zone);
          const back = fromWallClock(clock, zone);
          assert.deepEqual(toWallClock(back, zone), clock);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('reads the offset of the zone at that instant', () => {
    assert.equal(toWallClock(new Date('2024-07-01T00:00:00Z'), 'Europe/Paris').offsetSeconds, 7200);
    assert.equal(toWallClock(new Date('2024-01-01T00:00:00Z'), 'Europe/Paris').offsetSeconds, 3600);
  });
});
