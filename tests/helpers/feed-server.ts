import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedServer {
  /** http://HOST:PORT (127.0.0.1 unless asked otherwise) */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** A real HTTP server on loopback, random port; close() also drops slow, still-open responses. */
export async function startFeedServer(handler: http.RequestListener, host = "127.0.0.1"): Promise<FeedServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
