import type { ChildProcess } from "node:child_process";

/**
 * Waits until `url` answers 2xx: fails when `child` (the server being started) exits first, naming
 * its exit code, or after `limitMs`. The benches' servers (bench:pages, bench:redirect) start this way.
 */
export async function answered(child: ChildProcess, url: string, limitMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    if (Date.now() - t0 > limitMs) throw new Error(`${what} did not answer ${url} within ${limitMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
