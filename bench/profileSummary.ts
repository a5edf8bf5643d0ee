import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile the summary reads. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** Share of all sampled time, 0 to 1. */
  share: number;
  milliseconds: number;
}

export interface ProfileSummary {
  totalMilliseconds: number;
  /** Functions by self time, highest first. */
  functions: SelfTime[];
  /** The same time grouped by package (or node internals, GC, idle). */
  packages: SelfTime[];
  /** Functions by inclusive time (their own and their callees'), highest first. */
  inclusive: SelfTime[];
}

/** "node_modules/@apollo/gateway/dist/x.js" -> "@apollo/gateway"; Paddock's own files by folder. */
function packageOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return '(garbage collector)';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:') || url === '') return '(node internals)';
  const source = /\/(src|bench)\/([^/]+)\//.exec(url);
  return source ? `paddock ${source[1]}/${source[2]}` : url;
}

function shortLocation(url: string, line: number): string {
  const modules = url.lastIndexOf('node_modules/');
  const path = modules >= 0 ? url.slice(modules + 'node_modules/'.length) : url.replace(/^.*\/(src|bench)\//, '$1/');
  return path ? `${path}:${line + 1}` : '';
}

function ranked(totals: Map<string, number>, all: number, limit: number): SelfTime[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, micros]) => ({ name, share: all > 0 ? micros / all : 0, milliseconds: micros / 1000 }));
}

/**
 * Self time by function and by package from a V8 CPU profile: each sample's
 * time delta is charged to the function on top of the stack. Idle time is
 * left out of the shares, so they say where the busy time went.
 */
export function summariseProfile(file: string, limit = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (frame: CpuProfile['nodes'][number]['callFrame']) => {
    const where = shortLocation(frame.url, frame.lineNumber);
    return `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };

  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    busy += micros;
    const name = nameOf(frame);
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);

    // Each function on the stack once, however deep it recurses.
    const onStack = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const callFrame = byId.get(node);
      if (callFrame && callFrame.functionName && callFrame.functionName !== '(root)') onStack.add(nameOf(callFrame));
    }
    for (const caller of onStack) inclusive.set(caller, (inclusive.get(caller) ?? 0) + micros);
  });
  return {
    totalMilliseconds: busy / 1000,
    functions: ranked(functions, busy, limit),
    packages: ranked(packages, busy, limit),
    inclusive: ranked(inclusive, busy, limit * 4),
  };
}
