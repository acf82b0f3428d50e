package io.billingpilot.policy.iam;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IpAddress / NotIpAddress: is an address inside a CIDR range (IPv4 or IPv6; a bare address is a /32 or /128). */
final class IpRange {
    private IpRange() {
    }

    static boolean contains(String range, String address) {
        String trimmed = range.trim();
        int slash = trimmed.indexOf('/');
        byte[] network = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        byte[] candidate = literal(address.trim());
        if (network == null || candidate == null || network.length != candidate.length) {
            return false;
        }
        int bits = network.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (prefix < 0 || prefix > bits) {
                return false;
            }
        }
        BigInteger mask = prefix == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
    }

    /** The bytes of an IP literal, never a name lookup: anything but digits, dots, hex and colons is refused first. */
    private static byte[] literal(String text) {
        if (text.isEmpty() || text.length() > 45 || !text.chars().allMatch(IpRange::literalChar)) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static boolean literalChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
    }
}
