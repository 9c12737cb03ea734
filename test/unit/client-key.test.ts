import { describe, expect, it } from "vitest";
import { NO_ADDRESS_KEY, clientKey } from "../../src/middleware/client-key";

describe("the rate limits' client key", () => {
  it("is the whole address for IPv4", () => {
    expect(clientKey("203.0.113.7")).toBe("ip4:203.0.113.7");
    expect(clientKey("203.0.113.7")).not.toBe(clientKey("203.0.113.8"));
  });

  it("is the /64 for IPv6, however the address is written", () => {
    const key = clientKey("2001:db8:85a3:12::1");
    for (const same of [
      "2001:0db8:85a3:0012:0000:0000:0000:0001",
      "2001:DB8:85A3:12:ffff:ffff:ffff:fffe",
      "2001:db8:85a3:12:abcd::",
      "2001:db8:85a3:12::1%eth0",
    ]) {
      expect(clientKey(same), same).toBe(key);
    }
    expect(key).toBe("ip6:2001:db8:85a3:12::/64");
    expect(clientKey("2001:db8:85a3:13::1")).not.toBe(key);
    expect(clientKey("::")).toBe("ip6:0:0:0:0::/64");
    expect(clientKey("::1")).toBe("ip6:0:0:0:0::/64");
    expect(clientKey("2001:db8::")).toBe("ip6:2001:db8:0:0::/64");
  });

  it("keys an IPv4-mapped IPv6 address as the IPv4 address it is", () => {
    expect(clientKey("::ffff:203.0.113.7")).toBe("ip4:203.0.113.7");
    expect(clientKey("::FFFF:cb00:7107")).toBe("ip4:203.0.113.7");
    expect(clientKey("0:0:0:0:0:ffff:203.0.113.7")).toBe("ip4:203.0.113.7");
  });

  it("puts a missing or unreadable address in one shared bucket, never a key of its own", () => {
    for (const bad of [
      undefined,
      "",
      " ",
      "not-an-ip",
      "1.2.3",
      "256.1.1.1",
      "1.2.3.4.5",
      "2001:db8:::1",
      "1::2::3",
      "1:2:3:4:5:6:7:8:9",
      "12345::",
      "::ffff:1.2.3",
    ]) {
      expect(clientKey(bad), String(bad)).toBe(NO_ADDRESS_KEY);
    }
  });
});
