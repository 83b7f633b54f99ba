import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/.pnpm/<pkg>/node_modules/<name>/… → <name>; the API's own code → apps/api. */
function owner(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.includes('/apps/api/')) return 'apps/api';
  if (url.startsWith('node:') || url === '') return url === '' ? '(native/gc/idle)' : 'node core';
  return url;
}

/** Self time of the API's processes (all cluster workers' profiles together) by package and by function. */
export function printCpuProfileSummary(dir: string): void {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) {
    console.error(`No CPU profile in ${dir}`);
    return;
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfByNode = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    for (const [id, us] of selfByNode) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
      total += us;
      const pkg = owner(frame.url);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
      const fn = `${frame.functionName || '(anonymous)'} ${pkg}:${frame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(
    `CPU profile of the API (${files.length} process${files.length === 1 ? '' : 'es'} in ${dir}), busy time ${(total / 1e6).toFixed(1)} s, self time:\nby package\n${top(byPackage, 15)}\nby function\n${top(byFunction, 20)}`,
  );
}
