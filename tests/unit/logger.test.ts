import { describe, expect, it } from "vitest";
import { createLogger, requestLogger } from "@/lib/log/logger";
import { formatLogLine } from "@/lib/log/format-log-line";

function capture(pretty: boolean) {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", pretty, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON line per record, and a request's child names its method, path, user and token", () => {
    const { logger, lines, records } = capture(false);
    const log = requestLogger(logger, { method: "PATCH", path: "/api/v1/claims/c1", userId: "u1", tokenId: "t1" });
    log.info({ status: 200 }, "request");
    log.child({ job: "j1" }).warn("slow");
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    const [first, second] = records();
    expect(first).toMatchObject({ level: 30, msg: "request", method: "PATCH", path: "/api/v1/claims/c1", userId: "u1", tokenId: "t1", status: 200 });
    expect(second).toMatchObject({ level: 40, msg: "slow", method: "PATCH", userId: "u1", tokenId: "t1", job: "j1" });
  });

  it("leaves out the user and token of an anonymous request", () => {
    const { logger, records } = capture(false);
    requestLogger(logger, { method: "GET", path: "/api/v1/models" }).info("request");
    const [record] = records();
    expect(record).toMatchObject({ method: "GET", path: "/api/v1/models" });
    expect(record).not.toHaveProperty("userId");
    expect(record).not.toHaveProperty("tokenId");
  });

  it("never writes passwords, tokens, secrets, cookies or auth headers", () => {
    const { logger, lines } = capture(false);
    logger.info(
      {
        password: "hunter22-hunter22",
        body: { newPassword: "n3w-passw0rd-long", token: "mw_abcdef" },
        headers: { authorization: "Bearer mw_abcdef", cookie: "modelwatch.session=jwt", "x-modelwatch-signature": "t=1,v1=ff" },
        webhook: { secret: "whsec_123" },
      },
      "with secrets",
    );
    const text = lines.join("");
    for (const secret of ["hunter22", "n3w-passw0rd", "mw_abcdef", "modelwatch.session=jwt", "v1=ff", "whsec_123"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
  });

  it("formats a record as one readable line in development, the error's stack below it", () => {
    const { logger, lines } = capture(true);
    requestLogger(logger, { method: "POST", path: "/api/v1/feeds", userId: "u1" }).error({ err: new Error("boom") }, "request failed");
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d ERROR request failed .*method=POST path=\/api\/v1\/feeds userId=u1/);
    expect(lines[0]).toContain("Error: boom");
    expect(formatLogLine("not json")).toBe("not json");
  });
});
