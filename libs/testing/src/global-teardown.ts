// Stops what global-setup started with testcontainers. A local broker stays up for the rest of
// the run (other workspaces may still use it); `npm test` stops the one it started.
export default async function globalTeardown(): Promise<void> {
  const containers = (globalThis as { __aftersalesContainers?: { stop(): Promise<unknown> }[] })
    .__aftersalesContainers;
  if (containers) await Promise.all(containers.map((c) => c.stop()));
}
