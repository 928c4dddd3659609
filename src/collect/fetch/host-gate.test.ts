/**
 * The per-host gate on a fake clock: requests to one host keep their delay and concurrency cap, and
 * the state of hosts no longer in use is forgotten once many hosts have been seen.
 */
import { describe, expect, it } from "vitest";
import { createHostGate } from "./host-gate.ts";
import { fakeClock } from "./testing.ts";

describe("createHostGate", () => {
  it("spaces the starts of requests to one host by the delay", async () => {
    const clock = fakeClock(0);
    const gate = createHostGate(clock, 1000, 2);
    const first = await gate.acquire("a.example:443");
    first.release();
    const second = await gate.acquire("a.example:443");
    expect(second.at - first.at).toBe(1000);
  });

  it("forgets idle hosts once many are tracked, but never a busy one", async () => {
    const clock = fakeClock(0);
    const gate = createHostGate(clock, 1000, 1);
    const busy = await gate.acquire("busy.example:443");
    for (let i = 0; i < 300; i++) (await gate.acquire(`h${i}.example:443`)).release();
    expect(gate.size()).toBeGreaterThan(256);
    await clock.sleep(5000);
    (await gate.acquire("late.example:443")).release();
    expect(gate.size()).toBeLessThan(5);
    busy.release();
    const again = await gate.acquire("busy.example:443");
    expect(again.at).toBeGreaterThanOrEqual(1000);
  });
});
