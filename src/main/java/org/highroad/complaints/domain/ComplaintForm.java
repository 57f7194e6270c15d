package org.highroad.complaints.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.platform.validation.Violation;

/**
 * Reads a complaint from the JSON body of the public form and checks every field at once, naming each one that is
 * wrong (a string where a number belongs, an array, a field too long, a control character). Hostile text such as
 * {@code <script>} is not an error: it is stored as given and escaped wherever it is shown.
 */
public final class ComplaintForm {

    /** Field limits: long enough for a worker's account, short enough that nobody stores a megabyte through us. */
    public static final int EMPLOYER_MAX = 200;
    public static final int CONTRACT_MAX = 100;
    public static final int WORKSITE_MAX = 300;
    public static final int NARRATIVE_MAX = 4000;
    public static final int LANGUAGE_MAX = 35;
    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;
    /** A week has 168 hours. */
    static final BigDecimal MAX_HOURS = new BigDecimal("168");
    static final BigDecimal MAX_PAY = new BigDecimal("1000000");

    private static final Set<String> FIELDS = Set.of("employer", "contract", "worksite", "narrative", "weekEnding",
            "hoursClaimed", "payClaimed", "language", "anonymous", "contact", "claim");
    private static final Set<String> CLAIM_FIELDS = Set.of("firstWeekEnding", "lastWeekEnding", "hoursPerWeek", "hoursPerDay",
            "paidBy", "amount", "overtimePaid");
    /** A day has 24 hours. */
    static final BigDecimal MAX_DAY_HOURS = new BigDecimal("24");
    /** Weeks a claim may span: a year, the longest a worker is asked to recall week by week. */
    static final int MAX_WEEKS = 53;
    private static final Set<String> CONTACT_FIELDS = Set.of("name", "phone", "email");
    // BCP 47 language tag, as the page's language list sends it (en, es, zh-Hant, ht, pt-BR)
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{5,40}");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // one JSON value, nothing after it (RFC 8259 section 2)
            .build();

    private final List<Violation> errors = new ArrayList<>();
    /** A field the body cannot be read for (see {@link #wrongType}): 400 rather than 422. */
    private boolean wrongShape;
    private final LocalDate today;

    private ComplaintForm(LocalDate today) {
        this.today = today;
    }

    /** The complaint in {@code body}, or {@link InvalidInputException} listing every field that is wrong. */
    public static ComplaintSubmission read(byte[] body, LocalDate today) {
        return new ComplaintForm(today).parse(body);
    }

    /**
     * The field a body cut short at the size limit was in the middle of (for example {@code narrative} or
     * {@code contact.name}), read from the part received; {@code body} when it cannot tell.
     */
    public static String fieldAtCut(byte[] prefix) {
        String field = "body";
        try (JsonParser parser = JSON.getFactory().createParser(prefix)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    field = path(parser);
                } else if (t == JsonToken.VALUE_STRING) {
                    parser.getText(); // reads the whole string: a cut inside it fails here, with the field named
                }
            }
        } catch (IOException e) {
            return field;
        }
        return field;
    }

    private static String path(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "body" : pointer.substring(1).replace('/', '.');
    }

    private ComplaintSubmission parse(byte[] body) {
        JsonNode root = tree(body);
        if (!root.isObject()) {
            throw new MalformedRequestException("body", "must be a JSON object with the complaint's fields");
        }
        unknown(root, FIELDS, "");
        String employer = text(root, "employer", EMPLOYER_MAX, false);
        String contract = text(root, "contract", CONTRACT_MAX, false);
        if (employer == null && contract == null && clean("employer") && clean("contract")) {
            errors.add(new Violation("employer", "name the employer, or give the contract's number in 'contract'"));
        }
        String worksite = text(root, "worksite", WORKSITE_MAX, true);
        String narrative = text(root, "narrative", NARRATIVE_MAX, true);
        LocalDate week = date(root, "weekEnding");
        BigDecimal hours = number(root, "hoursClaimed", MAX_HOURS);
        BigDecimal pay = number(root, "payClaimed", MAX_PAY);
        if (week == null && clean("weekEnding") && (hours != null || pay != null)) {
            errors.add(new Violation("weekEnding", "is required with hours or pay: the last day of the week they are for"));
        }
        String language = text(root, "language", LANGUAGE_MAX, false);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new Violation("language", "must be a language code such as en, es, zh-Hant or ht"));
        }
        boolean anonymous = bool(root, "anonymous", true);
        Contact contact = contact(root.get("contact"), anonymous);
        WorkerAccount account = account(root.get("claim"));
        if (!errors.isEmpty()) {
            throw wrongShape ? new MalformedRequestException(errors) : new InvalidInputException(errors);
        }
        return new ComplaintSubmission(employer, contract, worksite, narrative, week, hours, pay,
                language == null ? "en" : language, anonymous, contact.name, contact.phone, contact.email, account);
    }

    private static JsonNode tree(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new MalformedRequestException("body", "is empty: send the complaint as a JSON object");
            }
            return root;
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("body", "is not UTF-8 text");
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new MalformedRequestException("body", "has content after the JSON value: send one JSON object");
            }
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new MalformedRequestException("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException("body", "could not be read");
        }
    }

    /**
     * A value of the wrong JSON type or format, an unknown field, text with a character that cannot be kept: what a
     * bound body would fail to read, so the answer is 400 rather than 422 (docs/adr/0024-unprocessable-content-for-rule-violations.md); listed with the other errors.
     */
    private void wrongType(Violation violation) {
        errors.add(violation);
        wrongShape = true;
    }

    private void unknown(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                wrongType(new Violation(prefix + name, "is not a known field"));
            }
        }
    }

    /** No error recorded for the field yet (so a missing value is not reported twice). */
    private boolean clean(String field) {
        return errors.stream().noneMatch(v -> v.field().equals(field));
    }

    private String text(JsonNode object, String field, int max, boolean required) {
        return text(object, field, field, max, required);
    }

    private String text(JsonNode object, String field, String label, int max, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            if (required) {
                errors.add(new Violation(label, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(new Violation(label, "must be a string"));
            return null;
        }
        String text = value.asText();
        if (text.length() > max) {
            errors.add(new Violation(label, "is longer than " + max + " characters (" + text.length() + ")"));
            return null;
        }
        String bad = badCharacter(text);
        if (bad != null) {
            wrongType(new Violation(label, bad)); // as text with a NUL in any other body (JsonInputRules)
            return null;
        }
        return text;
    }

    /**
     * Control characters other than line breaks and tabs, and unpaired surrogates, are refused: they are never part
     * of an account of what happened, and PostgreSQL cannot store a NUL.
     */
    static String badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ") at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "contains an invalid character at position " + (i + 1);
            }
        }
        return null;
    }

    private LocalDate date(JsonNode object, String field) {
        return date(object, field, field);
    }

    private LocalDate date(JsonNode object, String field, String label) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(new Violation(label, "must be a date (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.asText());
            if (day.isAfter(today.plusDays(6))) {
                errors.add(new Violation(label, "is after this week"));
                return null;
            }
            if (day.isBefore(today.minusYears(6))) {
                errors.add(new Violation(label, "is more than six years ago"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            wrongType(new Violation(label, "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private BigDecimal number(JsonNode object, String field, BigDecimal max) {
        return number(object, field, field, max);
    }

    private BigDecimal number(JsonNode object, String field, String label, BigDecimal max) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(new Violation(label, "must be a number"));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0 || number.compareTo(max) > 0) {
            errors.add(new Violation(label, "must be between 0 and " + max.toPlainString()));
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2) {
            errors.add(new Violation(label, "must have at most two decimals"));
            return null;
        }
        return number.setScale(2);
    }

    private boolean bool(JsonNode object, String field, boolean absent) {
        return bool(object, field, field, absent);
    }

    private boolean bool(JsonNode object, String field, String label, boolean absent) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            wrongType(new Violation(label, "must be true or false"));
            return absent;
        }
        return value.booleanValue();
    }

    /**
     * Anonymous by default (29 CFR 5.6(a)(5): a complainant's identity is protected; Boston's Office of Labor
     * Compliance takes complaints online without a name). Contact details are kept only when the worker says so.
     */
    private Contact contact(JsonNode value, boolean anonymous) {
        if (value == null || value.isNull()) {
            if (!anonymous) {
                errors.add(new Violation("contact", "give a phone number or an email address so an investigator can "
                        + "reach you, or stay anonymous"));
            }
            return Contact.NONE;
        }
        if (!value.isObject()) {
            wrongType(new Violation("contact", "must be an object with name, phone and email"));
            return Contact.NONE;
        }
        unknown(value, CONTACT_FIELDS, "contact.");
        String name = text(value, "name", "contact.name", NAME_MAX, false);
        String phone = text(value, "phone", "contact.phone", PHONE_MAX, false);
        String email = text(value, "email", "contact.email", EMAIL_MAX, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new Violation("contact.phone", "must be a phone number (digits, spaces, + ( ) . / -)"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new Violation("contact.email", "must be an email address"));
        }
        boolean given = name != null || phone != null || email != null;
        if (anonymous && given) {
            errors.add(new Violation("anonymous", "is true, but contact details were given: leave them out to stay "
                    + "anonymous, or set anonymous to false so an investigator may contact you"));
        } else if (!anonymous && phone == null && email == null && clean("contact.phone") && clean("contact.email")) {
            errors.add(new Violation("contact", "give a phone number or an email address so an investigator can "
                    + "reach you, or stay anonymous"));
        }
        return anonymous ? Contact.NONE : new Contact(name, phone, email);
    }

    /**
     * The worker's account of their pay, in their own terms (object {@code claim}): the weeks (one, or a range), usual
     * hours a week and a day, how they were paid ({@code HOURLY} rate, {@code WEEKLY} amount, {@code CASH} a week) and
     * whether overtime was paid. Optional; every field is named when wrong.
     */
    private WorkerAccount account(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(new Violation("claim", "must be an object with the weeks, hours and pay"));
            return null;
        }
        int before = errors.size();
        unknown(value, CLAIM_FIELDS, "claim.");
        LocalDate first = date(value, "firstWeekEnding", "claim.firstWeekEnding");
        LocalDate last = date(value, "lastWeekEnding", "claim.lastWeekEnding");
        BigDecimal week = number(value, "hoursPerWeek", "claim.hoursPerWeek", MAX_HOURS);
        BigDecimal day = number(value, "hoursPerDay", "claim.hoursPerDay", MAX_DAY_HOURS);
        BigDecimal amount = number(value, "amount", "claim.amount", MAX_PAY);
        boolean overtimePaid = bool(value, "overtimePaid", "claim.overtimePaid", false);
        WorkerAccount.PaidBy paidBy = null;
        JsonNode by = value.get("paidBy");
        if (by == null || by.isNull()) {
            errors.add(new Violation("claim.paidBy", "is required: HOURLY, WEEKLY or CASH"));
        } else {
            try {
                paidBy = WorkerAccount.PaidBy.valueOf(by.isTextual() ? by.asText() : "");
            } catch (IllegalArgumentException e) {
                errors.add(new Violation("claim.paidBy", "must be HOURLY, WEEKLY or CASH"));
            }
        }
        required(first, "claim.firstWeekEnding");
        required(week, "claim.hoursPerWeek");
        required(amount, "claim.amount");
        if (last == null && clean("claim.lastWeekEnding")) {
            last = first;
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new Violation("claim.lastWeekEnding", "is before the first week's end"));
            } else if (!first.getDayOfWeek().equals(last.getDayOfWeek())) {
                errors.add(new Violation("claim.lastWeekEnding", "must fall on the same weekday as the first week's end"));
            } else if (ChronoUnit.WEEKS.between(first, last) >= MAX_WEEKS) {
                errors.add(new Violation("claim.lastWeekEnding", "is more than " + MAX_WEEKS + " weeks after the first"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new WorkerAccount(first, last, week, day, paidBy, amount, overtimePaid);
    }

    private void required(Object value, String field) {
        if (value == null && clean(field)) {
            errors.add(new Violation(field, "is required"));
        }
    }

    private record Contact(String name, String phone, String email) {
        static final Contact NONE = new Contact(null, null, null);
    }
}
