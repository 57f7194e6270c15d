package org.highroad.complaints.domain;

import java.security.SecureRandom;

/**
 * Receipt numbers such as {@code WC-7K3M-9QXD}: random (a receipt tells nobody how many complaints there are or when
 * one came in), in Crockford's base-32 alphabet (no I, L, O or U to misread when read out on the phone).
 */
public final class ReceiptNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptNumbers() {
    }

    public static String next() {
        StringBuilder receipt = new StringBuilder("WC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                receipt.append('-');
            }
            receipt.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return receipt.toString();
    }
}
