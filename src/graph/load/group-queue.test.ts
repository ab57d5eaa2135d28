import { describe, expect, it } from 'vitest';
import { GroupQueue } from './group-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('GroupQueue', () => {
  it('hands over groups of the given size, and the rest on close', async () => {
    const q = new GroupQueue<string>(3, (s) => s);
    for (const s of ['a', 'b', 'c', 'd', 'e']) await q.add(s, 2);
    await q.close();
    const groups: string[][] = [];
    for (let g = await q.take(); g; g = await q.take()) groups.push(g.items);
    expect(groups).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('never runs more than `capacity` groups ahead of the takers', async () => {
    const q = new GroupQueue<number>(2, String);
    let added = 0;
    const feeding = (async () => {
      for (let i = 0; i < 100; i++) {
        await q.add(i, 5);
        added++;
      }
      await q.close();
    })();
    await tick();
    // Two full groups queued, a third waiting for space (its last item is being added).
    expect(added).toBeLessThanOrEqual(3 * 5);
    const first = await q.take();
    expect(first?.items).toEqual([0, 1, 2, 3, 4]);
    await tick();
    expect(added).toBeLessThanOrEqual(4 * 5);
    while (await q.take());
    await feeding;
    expect(added).toBe(100);
  });

  it('starts a new group at a repeated key, and makes it wait for the group holding the earlier one', async () => {
    const q = new GroupQueue<{ id: string; v: number }>(4, (x) => x.id);
    await q.add({ id: 'x', v: 1 }, 10);
    await q.add({ id: 'y', v: 1 }, 10);
    await q.add({ id: 'x', v: 2 }, 10);
    await q.close();
    const g1 = (await q.take())!;
    const g2 = (await q.take())!;
    expect(g1.items.map((i) => `${i.id}${i.v}`)).toEqual(['x1', 'y1']);
    expect(g2.items.map((i) => `${i.id}${i.v}`)).toEqual(['x2']);
    let ready = false;
    void g2.ready.then(() => (ready = true));
    await tick();
    expect(ready).toBe(false);
    g1.finish();
    await tick();
    expect(ready).toBe(true);
  });

  it('gives back the open group when the load stops', async () => {
    const q = new GroupQueue<number>(1, String);
    await q.add(1, 3);
    await q.add(2, 3);
    expect(q.discardOpen()).toEqual([1, 2]);
    await q.close();
    expect(await q.take()).toBeNull();
  });
});
