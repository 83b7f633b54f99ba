/**
 * Everything a run starts (API processes, the private MariaDB, databases, temporary folders) registers
 * how to undo it here; runCleanups() undoes it all in reverse order, also on Ctrl-C or a crash.
 */
const tasks: { name: string; run: () => Promise<void> | void }[] = [];

export function onCleanup(name: string, run: () => Promise<void> | void): () => void {
  const task = { name, run };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

export async function runCleanups(): Promise<void> {
  while (tasks.length > 0) {
    const task = tasks.pop();
    if (!task) break;
    try {
      await task.run();
    } catch (err) {
      console.error(`cleanup "${task.name}" failed:`, err instanceof Error ? err.message : err);
    }
  }
}
