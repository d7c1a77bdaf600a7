import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

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

export interface RssEntry {
  title: string;
  link: string;
  date: string;
  description?: string;
}

/** A small RSS 2.0 document from an outlet (each item's GUID is its link). */
export function rssDocument(outlet: string, items: readonly RssEntry[]): string {
  const site = `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/`;
  const entries = items.map(
    (i) =>
      `<item><guid>${i.link}</guid><title>${i.title}</title><link>${i.link}</link><description>${i.description ?? ""}</description><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${outlet}</title><link>${site}</link>${entries.join("")}</channel></rss>`;
}

/**
 * A feed server for the calling test file, started before its tests and closed after them,
 * answering each path with the body the test put in `bodies` (404 otherwise).
 */
export function servedFeedBodies(): { bodies: Map<string, string>; url(path: string): string } {
  const bodies = new Map<string, string>();
  let server: FeedServer | undefined;
  beforeAll(async () => {
    server = await startFeedServer((req, res) => {
      const body = bodies.get(req.url ?? "");
      if (body) res.writeHead(200, { "content-type": "application/rss+xml" }).end(body);
      else res.writeHead(404).end("not found");
    });
  });
  afterAll(() => server?.close());
  return {
    bodies,
    url: (path) => {
      if (!server) throw new Error("the feed server starts in beforeAll: use it inside tests and hooks");
      return `${server.origin}${path}`;
    },
  };
}
