package com.cosell.backend.webhook.address;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Addresses a webhook must not reach unless private targets are allowed: everything that is not a
 * public unicast address, so that a subscription cannot be used to probe the network Co-sell runs in.
 */
public final class AddressRules {

    private AddressRules() {}

    /** Why the address is refused, or null if it is a public unicast address. */
    public static @Nullable String refusal(InetAddress address) {
        Inet4Address embedded = embeddedIpv4(address);
        if (embedded != null) {
            return refusal(embedded);
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata services live there)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4Refusal(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff) : ipv6Refusal(b);
    }

    private static @Nullable String ipv4Refusal(int a, int b, int c) {
        if (a == 0) {
            return "a 'this network' address";
        }
        if (a == 100 && (b & 0xc0) == 64) {
            return "a carrier-grade NAT address";
        }
        if (a == 192 && b == 0 && c == 0) {
            return "an IETF protocol address";
        }
        if (a == 198 && (b & 0xfe) == 18) {
            return "a benchmarking address";
        }
        return a >= 240 ? "a reserved address" : null;
    }

    private static @Nullable String ipv6Refusal(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique local address (fd00:ec2::254 is a cloud metadata service)";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible or NAT64 IPv6 address, which reaches it. */
    private static @Nullable Inet4Address embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12); // not :: or ::1
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(Arrays.copyOfRange(b, 4, 12), 0);
        if (!mapped && !(compatible && (b[12] != 0 || b[13] != 0)) && !nat64) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    private static boolean allZero(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
