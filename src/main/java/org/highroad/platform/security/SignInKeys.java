package org.highroad.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256, RFC 2104) of what the sign-in throttle stores about clients and accounts, so that the
 * database never holds a client's address (personal data) nor anything from which it could be computed without the
 * key: with only 2^32 IPv4 addresses, a plain hash would be reversed by trying them all. The key is
 * {@code highroad.security.sign-in.secret} when set (then a copy of the database alone reveals nothing); otherwise one
 * is made at random by the first node that needs it and kept in {@code sign_in_secret}, so every node and every restart
 * computes the same hashes.
 */
@Component
class SignInKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcTemplate jdbc;
    private final String configured;
    private volatile SecretKeySpec key;

    SignInKeys(JdbcTemplate jdbc, @Value("${highroad.security.sign-in.secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    /** The keyed hash of a client's network, as stored. */
    String network(String address) {
        return hash("network", ClientNetwork.of(address));
    }

    /** The keyed hash of a browser's device id, as stored. */
    String device(String deviceId) {
        return hash("device", deviceId);
    }

    /** The keyed hash of an account name as tried at sign-in (which may be no account at all). */
    String account(String account) {
        return hash("account", account);
    }

    /** The keyed hash of {@code value} for {@code kind} (a purpose of its own, so hashes of one purpose match no other). */
    String keyed(String kind, String value) {
        return hash(kind, value);
    }

    private String hash(String kind, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update((kind + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec((configured.isBlank() ? stored() : configured).getBytes(StandardCharsets.UTF_8),
                            ALGORITHM);
                }
                known = key;
            }
        }
        return known;
    }

    /** The stored key; made now if there is none (the primary key keeps the first one made by any node). */
    private String stored() {
        List<String> found = jdbc.queryForList("select secret from sign_in_secret where id = 1", String.class);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.update("insert into sign_in_secret (id, secret) values (1, ?)", Base64.getEncoder().encodeToString(random));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // read below
        }
        return jdbc.queryForObject("select secret from sign_in_secret where id = 1", String.class);
    }
}
