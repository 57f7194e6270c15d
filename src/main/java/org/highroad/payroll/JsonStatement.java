package org.highroad.payroll;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.intake.FullSsn;
import org.highroad.payroll.intake.JsonRowsAsCsv;
import org.highroad.payroll.intake.StorableText;
import org.highroad.payroll.statement.StatementOfCompliance;

/**
 * Finds the {@code statement} member of a JSON payroll body by streaming past everything else (the rows). A statement
 * that does not map is one problem naming where it broke and what was expected; the parser's own message is not
 * repeated, as it quotes the value (which could be a Social Security number), and a member name is repeated only when
 * it is a plain name.
 */
final class JsonStatement {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");

    private JsonStatement() {
    }

    /** The statement, or {@code null} when there is none or it cannot be read (a problem is then added). */
    static StatementOfCompliance read(RawUploadStore store, RawUploadStore.StoredUpload upload, ObjectMapper json,
            List<Problem> problems) {
        try (InputStream in = store.open(upload); JsonParser parser = json.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null; // the row translation reports the malformed body
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if ("statement".equals(name)) {
                    try {
                        return json.readValue(parser, StatementOfCompliance.class);
                    } catch (JsonMappingException wrongShape) {
                        problems.add(StatementProblems.problem(segments(wrongShape), reason(wrongShape)));
                        return null;
                    } catch (StreamReadException broken) {
                        // a member named twice, or the statement stops being JSON: never left unread in silence
                        problems.add(StatementProblems.problem(List.of(), JsonRowsAsCsv.duplicateMember(broken)
                                ? "names a member twice in one object (line " + broken.getLocation().getLineNr() + ")"
                                : "is not valid JSON"));
                        return null;
                    }
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException malformed) {
            return null; // the row translation reports a body that is not JSON, with the row it broke in
        }
    }

    private static List<String> segments(JsonMappingException e) {
        List<String> segments = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            String name = ref.getFieldName();
            if (name == null) {
                segments.add("[" + (ref.getIndex() >= 0 ? ref.getIndex() : "?") + "]");
            } else if (SMALL_NUMBER.matcher(name).matches()) {
                segments.add("[" + name + "]");
            } else if (PLAIN_NAME.matcher(name).matches() && !FullSsn.foundIn(name)) {
                segments.add("." + name);
            } else {
                segments.add("[?]");
            }
        }
        return segments;
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a member of the Statement of Compliance";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == String.class && m.getOriginalMessage() != null
                && m.getOriginalMessage().contains("U+0000")) {
            return StorableText.unstorable("\u0000"); // the API's text rule refused it before the statement's own check
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + describe(m.getTargetType());
        }
        return "cannot be read as a Statement of Compliance";
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "an object keyed by level" : "an object";
    }
}
