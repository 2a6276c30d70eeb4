package org.reportintake.intake.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which addresses the crawler may connect to: public unicast only, unless configuration names the host or the
 * address range explicitly. Pure logic, no I/O, so the rules are tested without opening a connection.
 */
public final class AddressPolicy {

    /** IPv4 blocks that are not the public internet (RFC 6890 and friends). */
    private static final List<AddressRange> SPECIAL_V4 = ranges(
            "0.0.0.0/8",          // "this network", includes the unspecified 0.0.0.0
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // carrier-grade NAT
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local, cloud metadata endpoints live here
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments
            "192.0.2.0/24",       // documentation
            "192.88.99.0/24",     // 6to4 relay anycast
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation
            "203.0.113.0/24",     // documentation
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, includes broadcast 255.255.255.255

    /** IPv6 blocks that are not the public internet; embedded IPv4 forms are checked separately. */
    private static final List<AddressRange> SPECIAL_V6 = ranges(
            "::/128",             // unspecified
            "::1/128",            // loopback
            "100::/64",           // discard-only
            "2001::/32",          // Teredo: tunnels to arbitrary IPv4
            "2001:db8::/32",      // documentation
            "fc00::/7",           // unique-local
            "fe80::/10",          // link-local
            "fec0::/10",          // deprecated site-local
            "ff00::/8");          // multicast

    private final List<AddressRange> allowedRanges;
    private final Set<String> allowedHosts;

    private AddressPolicy(List<AddressRange> allowedRanges, Set<String> allowedHosts) {
        this.allowedRanges = List.copyOf(allowedRanges);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** A policy with no exceptions. */
    public static AddressPolicy strict() {
        return new AddressPolicy(List.of(), Set.of());
    }

    /**
     * A policy with configured exceptions: each entry is either a literal address / CIDR range
     * ({@code 127.0.0.1/32}) or a host name that is trusted whatever it resolves to.
     */
    public static AddressPolicy withExceptions(List<String> entries) {
        List<AddressRange> ranges = new ArrayList<>();
        Set<String> hosts = new TreeSet<>();
        for (String entry : entries) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (AddressRange.isLiteral(e)) {
                ranges.add(AddressRange.parse(e));
            } else {
                hosts.add(e.toLowerCase(Locale.ROOT));
            }
        }
        return new AddressPolicy(ranges, hosts);
    }

    /**
     * Why the crawler must not connect to this address of this host, or empty if it may.
     *
     * @param host the host name from the URL (for the host exceptions), lower or upper case
     */
    public Optional<String> refusal(String host, InetAddress address) {
        if (host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (AddressRange allowed : allowedRanges) {
            if (allowed.contains(address)) {
                return Optional.empty();
            }
        }
        return special(address).map(reason -> address.getHostAddress() + " is " + reason);
    }

    /** Why an address is not a public unicast address, or empty if it is one. */
    static Optional<String> special(InetAddress address) {
        if (address instanceof Inet4Address) {
            return specialV4(address);
        }
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            Optional<InetAddress> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                // ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:ab:cd:: all reach an IPv4 host in the end.
                return specialV4(embedded.get()).map(r -> "an IPv6 form of " + embedded.get().getHostAddress() + " (" + r + ")");
            }
            for (AddressRange range : SPECIAL_V6) {
                if (range.contains(address)) {
                    return Optional.of("in the special-purpose block " + range);
                }
            }
            return Optional.empty();
        }
        return Optional.of("of an unknown address family");
    }

    private static Optional<String> specialV4(InetAddress address) {
        for (AddressRange range : SPECIAL_V4) {
            if (range.contains(address)) {
                return Optional.of("in the special-purpose block " + range);
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address carried inside an IPv6 address that forwards to IPv4, if any. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) {
            first10Zero &= b[i] == 0;
        }
        boolean mapped = first10Zero && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = first10Zero && b[10] == 0 && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1)); // not :: or ::1
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
                && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0 && b[10] == 0 && b[11] == 0;
        if (mapped || compatible || nat64) {
            return Optional.of(v4(b[12], b[13], b[14], b[15]));
        }
        if (b[0] == 0x20 && b[1] == 0x02) { // 6to4
            return Optional.of(v4(b[2], b[3], b[4], b[5]));
        }
        return Optional.empty();
    }

    private static InetAddress v4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<AddressRange> ranges(String... cidrs) {
        List<AddressRange> list = new ArrayList<>();
        for (String c : cidrs) {
            list.add(AddressRange.parse(c));
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return "AddressPolicy[allowedRanges=" + allowedRanges + ", allowedHosts=" + allowedHosts + "]";
    }
}
