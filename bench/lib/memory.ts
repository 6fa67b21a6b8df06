// Heap and RSS readings. A full GC first makes heap numbers comparable between readings; when
// the process was started without --expose-gc, V8's flag is switched on at run time.
import v8 from 'node:v8';
import vm from 'node:vm';

type GcFunction = () => void;

let gcFunction: GcFunction | null = null;

function gc(): GcFunction {
  if (gcFunction) return gcFunction;
  const exposed = (globalThis as { gc?: GcFunction }).gc;
  if (exposed) return (gcFunction = exposed);
  v8.setFlagsFromString('--expose-gc');
  gcFunction = vm.runInNewContext('gc') as GcFunction;
  return gcFunction;
}

export interface MemoryReading {
  heapUsedMb: number;
  rssMb: number;
}

const MB = 1024 * 1024;

export function readMemory(options: { collect?: boolean } = {}): MemoryReading {
  if (options.collect ?? true) {
    // Two passes: the first may only schedule finalisers that free more on the second.
    gc()();
    gc()();
  }
  const usage = process.memoryUsage();
  return { heapUsedMb: usage.heapUsed / MB, rssMb: usage.rss / MB };
}
