package org.highroad.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.complaints.domain.WorkerComplaint;

/**
 * What would identify a complainant in text a contractor reads (29 CFR 5.6(a)(5): the identity of a worker who
 * complains, and what would reveal it, is not disclosed): the contact name or any part of it of three letters or more,
 * the phone number (its last seven digits, however written), the email address or its local part, the receipt
 * number, and any mention of a complaint, since the contractor is not told what started an investigation.
 */
final class ComplainantIdentity {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9()\\-. ]{5,}[0-9]");
    private static final Pattern COMPLAINT = Pattern.compile("\\bcomplain", Pattern.CASE_INSENSITIVE);
    private static final int MIN_NAME_PART = 3;
    private static final int PHONE_DIGITS = 7;

    private final List<String> nameParts;
    private final String phoneTail;
    private final String email;
    private final String emailLocal;
    private final String receipt;

    private ComplainantIdentity(String name, String phone, String email, String receipt) {
        this.nameParts = new ArrayList<>();
        if (name != null) {
            Matcher m = WORD.matcher(name);
            while (m.find()) {
                if (m.group().length() >= MIN_NAME_PART) {
                    nameParts.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        this.phoneTail = digits.length() >= PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : null;
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        String local = this.email == null ? null : this.email.split("@", 2)[0];
        this.emailLocal = local != null && local.length() >= MIN_NAME_PART ? local : null;
        this.receipt = receipt == null ? null : receipt.toLowerCase(Locale.ROOT);
    }

    static ComplainantIdentity of(WorkerComplaint c) {
        return new ComplainantIdentity(c.contactName(), c.contactPhone(), c.contactEmail(), c.receipt());
    }

    /** What in {@code text} would identify the complainant, if anything: "the complainant's name", and so on. */
    Optional<String> namedIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (COMPLAINT.matcher(text).find()) {
            return Optional.of("a complaint");
        }
        if (receipt != null && lower.contains(receipt)) {
            return Optional.of("the complaint's receipt number");
        }
        if (email != null && lower.contains(email) || emailLocal != null && lower.contains(emailLocal)) {
            return Optional.of("the complainant's email address");
        }
        if (phoneTail != null) {
            Matcher m = PHONE_LIKE.matcher(text);
            while (m.find()) {
                if (m.group().replaceAll("[^0-9]", "").contains(phoneTail)) {
                    return Optional.of("the complainant's phone number");
                }
            }
        }
        Matcher words = WORD.matcher(lower);
        while (words.find()) {
            if (nameParts.contains(words.group())) {
                return Optional.of("the complainant's name");
            }
        }
        return Optional.empty();
    }
}
