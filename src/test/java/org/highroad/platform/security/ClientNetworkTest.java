package org.highroad.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limits per client count an IPv4 address, or an IPv6 /64: the network one subscriber or link holds. */
class ClientNetworkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "2001:db8:1:2::a, 2001:db8:1:2::/64",
        "2001:0db8:0001:0002:ffff:0001:0002:0003, 2001:db8:1:2::/64",
        "0:0:0:0:0:0:0:1, 0:0:0:0::/64",
        "fe80::1%eth0, fe80:0:0:0::/64",
        "::ffff:198.51.100.9, 198.51.100.9",
        "unknown, unknown"})
    void aClientsNetworkIsItsIpv4AddressOrItsIpv6SlashSixtyFour(String address, String network) {
        assertThat(ClientNetwork.of(address)).isEqualTo(network);
    }
}
