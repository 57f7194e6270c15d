package org.highroad.complaints;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.complaints.domain.WorkerComplaint;

/**
 * What would identify a complainant in text a contractor reads (29 CFR 5.6(a)(5): the identity of a worker who
 * complains, and what would reveal it, is not disclosed): any part of the contact name as a whole word (two letters or
 * more, accents ignored, so "Pena" finds "Peña"), the phone number (its last seven digits, however written), the email
 * address or its local part, the receipt number however it is punctuated, and any mention of a complaint, since the
 * contractor is not told what started an investigation.
 */
final class ComplainantIdentity {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9()\\-. ]{5,}[0-9]");
    private static final Pattern COMPLAINT = Pattern.compile("\\bcomplain", Pattern.CASE_INSENSITIVE);
    private static final int MIN_NAME_PART = 2;
    private static final int MIN_EMAIL_LOCAL = 3;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    private static final int PHONE_DIGITS = 7;

    private final List<String> nameParts;
    private final String phoneTail;
    private final String email;
    private final String emailLocal;
    private final String receipt;

    ComplainantIdentity(String name, String phone, String email, String receipt) {
        this.nameParts = new ArrayList<>();
        if (name != null) {
            Matcher m = WORD.matcher(fold(name));
            while (m.find()) {
                if (m.group().length() >= MIN_NAME_PART) {
                    nameParts.add(m.group());
                }
            }
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        this.phoneTail = digits.length() >= PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : null;
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        String local = this.email == null ? null : this.email.split("@", 2)[0];
        this.emailLocal = local != null && local.length() >= MIN_EMAIL_LOCAL ? local : null;
        this.receipt = receipt == null ? null : alnum(receipt);
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
        if (receipt != null && alnum(text).contains(receipt)) {
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
        Matcher words = WORD.matcher(fold(text));
        while (words.find()) {
            // the word, and its pieces around apostrophes and hyphens: "Delgado's", "Peña-Ruiz"
            if (nameParts.contains(words.group()) || Arrays.stream(words.group().split("['-]")).anyMatch(nameParts::contains)) {
                return Optional.of("the complainant's name");
            }
        }
        return Optional.empty();
    }

    /** Lower case without accents: "Peña" and "PENA" are the same name. */
    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, folded: "WC-7K3M-9QXD" and "wc7k3m9qxd" are the same receipt. */
    private static String alnum(String text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }
}
