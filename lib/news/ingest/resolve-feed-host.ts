import dns from "node:dns";
import net from "node:net";
import { FeedFetchError } from "./feed-fetch-error";
import { isPrivateAddress } from "./is-private-address";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to all its addresses; injectable so tests can play DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The default policy: public addresses only, unless private networks are explicitly allowed. */
export function addressPolicy(allowPrivateNetworks: boolean): (address: string) => boolean {
  return allowPrivateNetworks ? () => true : (address) => !isPrivateAddress(address);
}

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Resolves once and checks every answer. The caller connects to exactly the
 * returned address (pinned lookup), so a second, rebound DNS answer is never used.
 * Any private answer refuses the host: a name that mixes public and private
 * addresses is not one we want to reach.
 */
export async function resolveFeedHost(
  hostname: string,
  options: { isAllowedAddress: (address: string) => boolean; resolve: HostResolver },
): Promise<ResolvedAddress> {
  const literal = hostname.replace(/^\[|\]$/g, "");
  const family = net.isIP(literal);
  let answers: ResolvedAddress[];
  if (family) {
    answers = [{ address: literal, family: family === 6 ? 6 : 4 }];
  } else {
    try {
      answers = await options.resolve(hostname);
    } catch (cause) {
      throw new FeedFetchError("dns", `Could not resolve ${hostname}.`, { cause });
    }
  }
  const first = answers[0];
  if (!first) throw new FeedFetchError("dns", `${hostname} has no addresses.`);
  const bad = answers.find((a) => !options.isAllowedAddress(a.address));
  if (bad) {
    // Never name the address: a refusal must not map internal hostnames for whoever asks.
    throw new FeedFetchError("private-address", `The address of ${hostname} is not allowed: feeds must be on the public internet.`);
  }
  return first;
}
