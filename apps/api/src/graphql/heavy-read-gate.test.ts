import { HeavyReadGate } from './heavy-read-gate';

describe('HeavyReadGate', () => {
  it('runs one read at a time, in arrival order, and lets the event loop in between two', async () => {
    const gate = new HeavyReadGate();
    const events: string[] = [];
    let running = 0;
    const read = (name: string) =>
      gate.run(async () => {
        running++;
        expect(running).toBe(1);
        events.push(`${name} start`);
        await Promise.resolve();
        events.push(`${name} end`);
        running--;
        // Something the event loop has waiting, as a probe's socket would be: it must run before the next read.
        if (name === 'a') setImmediate(() => events.push('waiting I/O'));
        return name;
      });
    expect(await Promise.all([read('a'), read('b'), read('c')])).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'waiting I/O', 'b start', 'b end', 'c start', 'c end']);
  });

  it('passes the turn on when a read fails', async () => {
    const gate = new HeavyReadGate();
    const failed = gate.run(async () => {
      throw new Error('read failed');
    });
    const next = gate.run(async () => 'next');
    await expect(failed).rejects.toThrow('read failed');
    await expect(next).resolves.toBe('next');
  });
});
