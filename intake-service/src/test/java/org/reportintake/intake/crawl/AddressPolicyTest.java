package org.reportintake.intake.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Address rules on literal bytes: nothing here resolves a name or opens a connection. */
class AddressPolicyTest {

    private final AddressPolicy strict = AddressPolicy.strict();

    @Test
    void privateLoopbackLinkLocalAndOtherSpecialIpv4AddressesAreRefused() {
        for (int[] a : new int[][] {
                {10, 0, 0, 1}, {10, 255, 255, 255},
                {172, 16, 0, 1}, {172, 31, 255, 254},
                {192, 168, 0, 1}, {192, 168, 255, 255},
                {127, 0, 0, 1}, {127, 0, 0, 2}, {127, 255, 255, 254},
                {169, 254, 169, 254}, {169, 254, 0, 1},
                {100, 64, 0, 1}, {100, 127, 255, 254},
                {0, 0, 0, 0}, {0, 1, 2, 3},
                {224, 0, 0, 1}, {239, 255, 255, 250},
                {240, 0, 0, 1}, {255, 255, 255, 255},
                {192, 0, 0, 8}, {192, 0, 2, 1}, {198, 18, 0, 1}, {198, 51, 100, 7}, {203, 0, 113, 9}, {192, 88, 99, 1}}) {
            assertTrue(strict.refusal("h", v4(a)).isPresent(), "must refuse " + v4(a));
        }
    }

    @Test
    void publicIpv4AddressesPassIncludingNeighboursOfSpecialBlocks() {
        for (int[] a : new int[][] {
                {8, 8, 8, 8}, {114, 114, 114, 114}, {172, 15, 255, 255}, {172, 32, 0, 0}, {192, 167, 255, 255},
                {192, 169, 0, 0}, {100, 63, 255, 255}, {100, 128, 0, 0}, {169, 253, 255, 255}, {11, 0, 0, 0},
                {126, 255, 255, 255}, {128, 0, 0, 0}, {223, 255, 255, 255}}) {
            assertFalse(strict.refusal("h", v4(a)).isPresent(), "must allow " + v4(a));
        }
    }

    @Test
    void ipv6LoopbackUnspecifiedLinkLocalUniqueLocalAndMulticastAreRefused() {
        assertTrue(strict.refusal("h", v6("0000:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "::1");
        assertTrue(strict.refusal("h", v6("0000:0000:0000:0000:0000:0000:0000:0000")).isPresent(), "::");
        assertTrue(strict.refusal("h", v6("fe80:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "fe80::1");
        assertTrue(strict.refusal("h", v6("febf:ffff:0000:0000:0000:0000:0000:0001")).isPresent(), "febf:ffff::1");
        assertTrue(strict.refusal("h", v6("fc00:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "fc00::1");
        assertTrue(strict.refusal("h", v6("fd12:3456:789a:0000:0000:0000:0000:0001")).isPresent(), "fd12:…");
        assertTrue(strict.refusal("h", v6("ff02:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "ff02::1");
        assertTrue(strict.refusal("h", v6("2001:0db8:0000:0000:0000:0000:0000:0001")).isPresent(), "documentation");
        assertFalse(strict.refusal("h", v6("2400:3200:0000:0000:0000:0000:0000:0001")).isPresent(), "a public IPv6 address");
        assertTrue(strict.refusal("h", v6("fec0:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "site-local");
        assertFalse(strict.refusal("h", v6("2001:4860:4860:0000:0000:0000:0000:8888")).isPresent(), "another public IPv6 address");
    }

    @Test
    void ipv4MappedAndOtherIpv6FormsOfPrivateIpv4AddressesAreRefused() {
        // Kept as Inet6Address (InetAddress.getByAddress would quietly turn a mapped address into IPv4).
        assertTrue(strict.refusal("h", v6kept(mapped(10, 0, 0, 1))).isPresent(), "::ffff:10.0.0.1");
        assertTrue(strict.refusal("h", v6kept(mapped(127, 0, 0, 1))).isPresent(), "::ffff:127.0.0.1");
        assertTrue(strict.refusal("h", v6kept(mapped(169, 254, 169, 254))).isPresent(), "::ffff:169.254.169.254");
        assertTrue(strict.refusal("h", v6kept(mapped(192, 168, 1, 1))).isPresent(), "::ffff:192.168.1.1");
        assertTrue(strict.refusal("h", v6("0064:ff9b:0000:0000:0000:0000:0a00:0001")).isPresent(), "NAT64 of 10.0.0.1");
        assertTrue(strict.refusal("h", v6("2002:0a00:0001:0000:0000:0000:0000:0001")).isPresent(), "6to4 of 10.0.0.1");
        assertTrue(strict.refusal("h", v6("2001:0000:4136:e378:8000:63bf:3fff:fdd2")).isPresent(), "Teredo");
        assertTrue(strict.refusal("h", v6("0000:0000:0000:0000:0000:0000:c0a8:0001")).isPresent(), "::192.168.0.1");
        // The JDK's own conversion of a mapped address lands on the IPv4 rules as well.
        assertTrue(strict.refusal("h", v4bytes(mapped(10, 0, 0, 1))).isPresent(), "converted ::ffff:10.0.0.1");
        assertFalse(strict.refusal("h", v6kept(mapped(8, 8, 8, 8))).isPresent(), "::ffff:8.8.8.8 is public");
    }

    @Test
    void configuredRangeIsTheOnlyExceptionAndNeighboursStayRefused() {
        AddressPolicy tests = AddressPolicy.withExceptions(List.of("127.0.0.1/32"));
        assertFalse(tests.refusal("127.0.0.1", v4(new int[] {127, 0, 0, 1})).isPresent());
        assertTrue(tests.refusal("127.0.0.2", v4(new int[] {127, 0, 0, 2})).isPresent());
        assertTrue(tests.refusal("h", v4(new int[] {10, 0, 0, 1})).isPresent());
        assertTrue(tests.refusal("h", v6("0000:0000:0000:0000:0000:0000:0000:0001")).isPresent(), "::1 is not 127.0.0.1");

        AddressPolicy office = AddressPolicy.withExceptions(List.of("10.20.0.0/16", "intranet.example.gov.cn", " "));
        assertFalse(office.refusal("h", v4(new int[] {10, 20, 3, 4})).isPresent());
        assertTrue(office.refusal("h", v4(new int[] {10, 21, 0, 1})).isPresent());
        assertFalse(office.refusal("INTRANET.example.gov.cn", v4(new int[] {192, 168, 1, 1})).isPresent(), "a named host");
        assertTrue(office.refusal("other.example.gov.cn", v4(new int[] {192, 168, 1, 1})).isPresent());
    }

    @Test
    void rangesParseOnlyLiteralsAndHonourOddPrefixLengths() {
        AddressRange cgnat = AddressRange.parse("100.64.0.0/10");
        assertTrue(cgnat.contains(v4(new int[] {100, 127, 1, 1})));
        assertFalse(cgnat.contains(v4(new int[] {100, 128, 0, 0})));
        assertTrue(AddressRange.parse("fe80::/10").contains(v6("febf:0000:0000:0000:0000:0000:0000:0001")));
        assertFalse(AddressRange.parse("fe80::/10").contains(v6("fec0:0000:0000:0000:0000:0000:0000:0001")));
        assertTrue(AddressRange.isLiteral("127.0.0.1/32"));
        assertFalse(AddressRange.isLiteral("localhost"), "a host name is never looked up as a range");
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("example.gov.cn/24"));
    }

    @Test
    void everyAddressOfAHostMustPassNotJustTheFirst() {
        GuardedFetcher fetcher = new GuardedFetcher(AddressPolicy.strict(), host -> {
            throw new UnknownHostException("no lookups in this test");
        }, "ua", java.time.Duration.ZERO, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 5);
        assertTrue(fetcher.checkAddresses("mixed.example", new InetAddress[] {v4(new int[] {8, 8, 8, 8}),
                v4(new int[] {10, 0, 0, 1})}).isPresent());
        assertFalse(fetcher.checkAddresses("public.example", new InetAddress[] {v4(new int[] {8, 8, 8, 8})}).isPresent());
        assertTrue(fetcher.checkAddresses("none.example", new InetAddress[0]).isPresent());
        fetcher.close();
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentialsAreFetched() {
        assertTrue(GuardedFetcher.checkUri(java.net.URI.create("file:///etc/passwd")).isPresent());
        assertTrue(GuardedFetcher.checkUri(java.net.URI.create("ftp://8.8.8.8/x")).isPresent());
        assertTrue(GuardedFetcher.checkUri(java.net.URI.create("gopher://8.8.8.8/x")).isPresent());
        assertTrue(GuardedFetcher.checkUri(java.net.URI.create("http://user:pw@8.8.8.8/x")).isPresent());
        assertFalse(GuardedFetcher.checkUri(java.net.URI.create("https://www.gov.cn/")).isPresent());
        assertEquals(443, GuardedFetcher.port(java.net.URI.create("https://www.gov.cn/")));
    }

    private static byte[] mapped(int a, int b, int c, int d) {
        return new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static InetAddress v4(int[] a) {
        return v4bytes(new byte[] {(byte) a[0], (byte) a[1], (byte) a[2], (byte) a[3]});
    }

    private static InetAddress v4bytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** Eight groups of four hex digits to bytes, by hand: no parsing that could look anything up. */
    private static InetAddress v6(String eightGroups) {
        String[] groups = eightGroups.split(":");
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            int v = Integer.parseInt(groups[i], 16);
            bytes[2 * i] = (byte) (v >> 8);
            bytes[2 * i + 1] = (byte) v;
        }
        return v4bytes(bytes);
    }

    private static InetAddress v6kept(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
