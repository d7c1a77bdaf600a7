import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** A real HTTP server on loopback, random port; close() also drops slow, still-open responses. */
export async function startFeedServer(handler: http.RequestListener): Promise<FeedServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
