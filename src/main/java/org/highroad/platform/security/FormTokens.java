package org.highroad.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens a page's form is drawn with, for the forms that file a record (a new solicitation, a release of
 * withholding): the token is the record's idempotency key, so the same form sent twice files once, and a form is taken
 * only with a token this application issued to the same person for the same form. A token is a random part and the
 * keyed hash (HMAC-SHA256 with {@link SignInKeys}' key, the same on every node and after a restart) of the form's
 * name, the person and that random part: nothing is stored until the form is filed, and a token made up, left out,
 * or drawn for someone else or another form is refused (the page draws its form again, nothing filed).
 */
@Component
public class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SIGNATURE_CHARS = 32;

    private final SignInKeys keys;

    FormTokens(SignInKeys keys) {
        this.keys = keys;
    }

    /** A new token for {@code form} (a name of its own per kind of form), drawn for {@code user}. */
    public String issue(String form, HighroadUser user) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return nonce + "." + signature(form, user, nonce);
    }

    /** Whether {@code token} was issued by {@link #issue} for this form and person (whether or not it was used since). */
    public boolean issued(String form, HighroadUser user, String token) {
        if (token == null || user == null) {
            return false;
        }
        String sent = token.strip();
        int dot = sent.indexOf('.');
        if (dot <= 0 || dot != sent.lastIndexOf('.') || sent.length() > 200 || !sent.matches("[A-Za-z0-9_.-]+")) {
            return false;
        }
        String expected = signature(form, user, sent.substring(0, dot));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String form, HighroadUser user, String nonce) {
        return keys.keyed("form-token", form + "\n" + user.userId() + "\n" + nonce).substring(0, SIGNATURE_CHARS);
    }
}
