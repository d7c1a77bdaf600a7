// The bench's reference: a plain Node `http` server sending, from memory, the same
// bytes and content type an endpoint answered with — what this machine can send at best.
// Run as a child process: `tsx bench/serve/plain-server.ts <body file> <content type>`;
// it prints its port on stdout once listening.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

const [file, contentType = "text/html; charset=utf-8"] = process.argv.slice(2);
if (!file) throw new Error("usage: plain-server.ts <body file> <content type>");
const body = fs.readFileSync(file);
const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": contentType, "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
