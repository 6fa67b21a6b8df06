// What the numbers were measured on: they mean little without it.
import os from 'node:os';

export interface MachineDescription {
  cpuModel: string;
  cpuCount: number;
  totalMemoryGb: number;
  node: string;
  os: string;
}

export function describeMachine(): MachineDescription {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.replace(/\s+/g, ' ').trim() || 'unknown CPU',
    cpuCount: cpus.length,
    totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
  };
}

export function formatMachine(machine: MachineDescription = describeMachine()): string {
  return `${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB RAM, Node ${machine.node}, ${machine.os}`;
}
