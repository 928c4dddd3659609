import { describe, expect, it } from "vitest";
import type { LookupAddress } from "node:dns";
import { parseIp, refusalReason } from "./address.ts";
import { checkUrl, guardedLookup } from "./guard.ts";

describe("refusalReason", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd00:ec2::254",
    "fe80::1%eth0",
    "ff02::1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:a9fe:a9fe",
    "64:ff9b::10.0.0.1",
    "2002:a9fe:a9fe::1",
  ])("refuses %s", (ip) => {
    expect(refusalReason(ip)).toMatch(new RegExp(`^${ip.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is `));
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "1.1.1.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "allows the public address %s",
    (ip) => expect(refusalReason(ip)).toBeNull(),
  );

  it("allowLoopback permits 127.0.0.0/8 and ::1 and nothing more", () => {
    const policy = { allowLoopback: true };
    expect(refusalReason("127.0.0.1", policy)).toBeNull();
    expect(refusalReason("127.255.0.9", policy)).toBeNull();
    expect(refusalReason("::1", policy)).toBeNull();
    for (const ip of ["10.0.0.1", "169.254.169.254", "0.0.0.0", "::", "fe80::1", "192.168.0.1"])
      expect(refusalReason(ip, policy)).not.toBeNull();
  });

  it("names the range in one line and refuses what is not an address", () => {
    expect(refusalReason("169.254.169.254")).toBe(
      "169.254.169.254 is link-local, where cloud metadata lives (169.254.0.0/16)",
    );
    expect(refusalReason("example.org")).toBe("example.org is not an IP address");
    expect(parseIp("1::2:3.4.5.6")).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6]);
    expect(parseIp("1:2:3:4:5:6:7:8:9")).toBeNull();
  });
});

describe("checkUrl", () => {
  it("refuses other schemes, credentials and literal guarded hosts before any connection", () => {
    expect(checkUrl("file:///etc/passwd", {})).toMatchObject({ ok: false, code: "unsupported-scheme" });
    expect(checkUrl("gopher://example.org/", {})).toMatchObject({ ok: false, code: "unsupported-scheme" });
    expect(checkUrl("http://user:pw@example.org/", {})).toMatchObject({ ok: false, code: "invalid-url" });
    expect(checkUrl("not a url", {})).toMatchObject({ ok: false, code: "invalid-url" });
    // WHATWG URL parsing turns these spellings into 127.0.0.1 / 10.0.0.1 before the guard sees them.
    for (const url of [
      "http://2130706433/",
      "http://0x7f.1/",
      "http://[::ffff:127.0.0.1]/",
      "http://012.0.0.1/",
    ])
      expect(checkUrl(url, {})).toMatchObject({ ok: false, code: "blocked-address" });
    expect(checkUrl("https://example.org/a", {})).toMatchObject({ ok: true });
  });
});

describe("guardedLookup", () => {
  const resolveTo =
    (...addresses: string[]) =>
    (): Promise<LookupAddress[]> =>
      Promise.resolve(addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })));

  const run = (lookup: ReturnType<typeof guardedLookup>, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      lookup("host.test", { all }, (error, address) => resolve({ error, address })),
    );

  it("refuses a name that resolves to a guarded address, even among public ones", async () => {
    const got = await run(guardedLookup(resolveTo("93.184.216.34", "169.254.169.254"), {}), true);
    expect(got.error?.message).toBe(
      "host.test resolves to 169.254.169.254 is link-local, where cloud metadata lives (169.254.0.0/16)",
    );
  });

  it("passes public answers through in both callback shapes", async () => {
    const lookup = guardedLookup(resolveTo("93.184.216.34", "2606:2800::1"), {});
    expect((await run(lookup, true)).address).toHaveLength(2);
    expect((await run(lookup, false)).address).toBe("93.184.216.34");
  });
});
