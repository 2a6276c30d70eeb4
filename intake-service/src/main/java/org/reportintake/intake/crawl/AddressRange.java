package org.reportintake.intake.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block in CIDR notation ({@code 10.0.0.0/8}, {@code fe80::/10}); a bare address is a block of one. */
public final class AddressRange {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private AddressRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * Parses a range. Only literal addresses are accepted: a host name here must never trigger a DNS lookup.
     *
     * @throws IllegalArgumentException if the text is not a literal address with an optional prefix length
     */
    public static AddressRange parse(String cidr) {
        String s = cidr.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        byte[] bytes = literal(address);
        if (bytes == null) {
            throw new IllegalArgumentException("not a literal IP address or range: " + cidr);
        }
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("bad prefix length: " + cidr);
        }
        return new AddressRange(bytes, prefix, s);
    }

    /** True if the text looks like a literal address or range rather than a host name. */
    public static boolean isLiteral(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        return literal(slash < 0 ? s : s.substring(0, slash)) != null;
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Bytes of a literal IPv4 or IPv6 address, or null; never resolves a name. */
    static byte[] literal(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (a.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] parts = a.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    return null;
                }
                bytes[i] = (byte) v;
            }
            return bytes;
        }
        if (a.contains(":") && a.matches("[0-9A-Fa-f:.]+")) {
            try {
                // A string of hex digits, colons and dots is parsed as a literal; InetAddress does no lookup for it.
                byte[] bytes = InetAddress.getByName(a).getAddress();
                return bytes;
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
