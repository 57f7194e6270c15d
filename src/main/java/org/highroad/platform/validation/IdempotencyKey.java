package org.highroad.platform.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} a client sends with a request that creates something, so that sending it again (its
 * answer was lost: the node died after the commit, the connection broke) has the first request's effect and answer,
 * not a second one (IETF draft-ietf-httpapi-idempotency-key-header: the same key with another body is refused with
 * 422). Kept only as its SHA-256, in a column under a unique index beside what the request created.
 */
public record IdempotencyKey(String hash) {

    public static final String HEADER = "Idempotency-Key";

    /** None when the header is absent; 400 naming the header when it is not a plain token of 1 to 255 characters. */
    public static Optional<IdempotencyKey> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!header.matches("[\\x21-\\x7E]{1,255}")) {
            throw new MalformedRequestException(HEADER, "must be 1 to 255 visible ASCII characters (letters, digits, "
                    + "punctuation; no spaces), for instance a UUID");
        }
        try {
            return Optional.of(new IdempotencyKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(header.getBytes(StandardCharsets.US_ASCII)))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key came again with another request than the one it was first sent with: 422 naming the header. */
    public static final class Reused extends RuntimeException {
        public Reused(String what) {
            super("this " + HEADER + " was sent before with another " + what + "; send a new key for a new request");
        }
    }
}
