package org.highroad.platform.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a request comes from, as limits per client count it: an IPv4 address as it is, an IPv6 address by its
 * /64 prefix. A /64 is the network of one link (RFC 4291 section 2.5.4, RFC 7421), and a host on it picks its interface
 * identifiers itself, many at a time (RFC 8981 temporary addresses): counting single IPv6 addresses would let one
 * client change address at every request. An IPv4 address written in IPv6 form (::ffff:a.b.c.d) is that IPv4 address.
 */
public final class ClientNetwork {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ClientNetwork() {
    }

    /** The network of {@code address} (a literal IP address, as the servlet container reports the client's). */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (IPV4.matcher(address).matches() || address.indexOf(':') < 0) {
            return address;
        }
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        try {
            // a literal containing ':' is parsed, never looked up
            InetAddress parsed = InetAddress.getByName(literal.startsWith("[") ? literal : "[" + literal + "]");
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
