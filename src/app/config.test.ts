import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to an embedded store under .blotter/data and 127.0.0.1:8080", () => {
    expect(loadConfig({}, "/srv/app")).toEqual({
      store: { kind: "pglite", dataDir: "/srv/app/.blotter/data" },
      port: 8080,
      host: "127.0.0.1",
      debug: false,
      maxDocumentBytes: 10 * 1024 * 1024,
      kbDir: "/srv/app/.blotter/kb",
      feedsFile: "/srv/app/.blotter/feeds.json",
      allowLoopback: false,
    });
  });

  it("reads every variable, treating empty ones as unset", () => {
    const config = loadConfig(
      {
        BLOTTER_DATABASE_URL: "postgres://u@db/blotter",
        BLOTTER_PORT: "9000",
        BLOTTER_HOST: "",
        BLOTTER_DEBUG: "1",
        BLOTTER_FEEDS: "conf/feeds.json",
        BLOTTER_ALLOW_LOOPBACK: "true",
      },
      "/srv",
    );
    expect(config).toMatchObject({
      store: { kind: "postgres", url: "postgres://u@db/blotter" },
      port: 9000,
      host: "127.0.0.1",
      debug: true,
      feedsFile: "/srv/conf/feeds.json",
      allowLoopback: true,
    });
  });

  it("names the bad variable in a one-line error", () => {
    expect(() => loadConfig({ BLOTTER_PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ BLOTTER_PORT: "70000" })).toThrow(/^invalid BLOTTER_PORT: /);
    expect(() => loadConfig({ BLOTTER_DATABASE_URL: "mysql://x" })).toThrow(/BLOTTER_DATABASE_URL/);
  });
});
