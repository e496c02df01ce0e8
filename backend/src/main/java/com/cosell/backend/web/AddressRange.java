package com.cosell.backend.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP address or CIDR range ({@code 10.0.0.0/8}, {@code ::1}), given as literals: nothing is looked up. */
record AddressRange(byte[] network, int prefix) {

    static AddressRange parse(String text) {
        String[] parts = text.trim().split("/", 2);
        if (!parts[0].matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
        }
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + text);
            }
            return new AddressRange(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int shift = bytes.length * 8 - prefix;
        return new BigInteger(1, bytes).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
    }
}
