// The SSRF address rules of outbound webhooks (lib/webhooks/address.ts): public unicast only.
import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";
import { classifyAddress, isLoopback } from "@/lib/webhooks/address";

const refused = (a: string) => classifyAddress(a).ok === false;
const reason = (a: string) => {
  const v = classifyAddress(a);
  return v.ok ? null : v.reason;
};

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["10.0.0.1", /private.*10\.0\.0\.0\/8/],
    ["172.16.0.1", /private.*172\.16/],
    ["172.31.255.255", /private.*172\.16/],
    ["192.168.1.1", /private.*192\.168/],
    ["169.254.169.254", /link-local.*metadata/],
    ["100.64.0.1", /carrier-grade/],
    ["100.127.255.255", /carrier-grade/],
    ["0.0.0.0", /this network/],
    ["224.0.0.1", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["192.0.2.10", /documentation/],
    ["::1", /IPv6 loopback/],
    ["::", /unspecified/],
    ["::ffff:127.0.0.1", /IPv4-mapped/],
    ["::ffff:8.8.8.8", /IPv4-mapped/],
    ["::ffff:7f00:1", /IPv4-mapped/],
    ["fd00::1", /unique local/],
    ["fc00::1", /unique local/],
    ["fe80::1", /link-local IPv6/],
    ["fe80::1%eth0", /link-local IPv6/],
    ["ff02::1", /multicast IPv6/],
    ["64:ff9b::a00:1", /NAT64.*10\.0\.0\.0/],
    ["2002:a00:1::1", /6to4.*10\.0\.0\.0/],
    ["2001:db8::1", /documentation/],
  ])("refuses %s", (address, why) => {
    expect(reason(address)).toMatch(why);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "100.128.0.1",
    "169.253.255.255",
    "2606:4700:4700::1111",
    "64:ff9b::808:808",
  ])("allows the public address %s", (address) => {
    expect(classifyAddress(address)).toEqual({ ok: true });
  });

  it("refuses what is not an IP address", () => {
    expect(refused("localhost")).toBe(true);
    expect(refused("example.com")).toBe(true);
    expect(refused("1.2.3")).toBe(true);
    expect(refused("1:2:3")).toBe(true);
  });

  it("isLoopback: 127/8 and ::1 only (what WEBHOOKS_ALLOW_PRIVATE lets through)", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.9.9.9")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
    expect(isLoopback("::ffff:127.0.0.1")).toBe(false);
    expect(isLoopback("169.254.169.254")).toBe(false);
  });
});

describe("WEBHOOKS_ALLOW_PRIVATE", () => {
  const prod = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) };
  it("is off by default and refused in production", () => {
    expect(parseEnv({}).WEBHOOKS_ALLOW_PRIVATE).toBe(false);
    expect(parseEnv({ WEBHOOKS_ALLOW_PRIVATE: "true" }).WEBHOOKS_ALLOW_PRIVATE).toBe(true);
    expect(parseEnv(prod).WEBHOOKS_ALLOW_PRIVATE).toBe(false);
    expect(() => parseEnv({ ...prod, WEBHOOKS_ALLOW_PRIVATE: "true" })).toThrow(/WEBHOOKS_ALLOW_PRIVATE/);
  });
});
