import { createServer } from "node:net";
import { StartupError } from "@/lib/startup-error";

type PortCheck = { port: number; host: string; purpose: string; envName: string };

/** Fails with one clear line when something else already listens on the port. */
export async function assertPortFree({ port, host, purpose, envName }: PortCheck): Promise<void> {
  const free = await isPortFree(port, host);
  if (!free) {
    throw new StartupError(
      `Port ${port} (${purpose}) sudah dipakai program lain. Hentikan program itu atau pilih port lain dengan ${envName}=<port>.`,
    );
  }
}

export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Asks the OS for a port nobody uses, for test servers. */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
