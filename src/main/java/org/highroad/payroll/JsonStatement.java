package org.highroad.payroll;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;

/** Finds the {@code statement} member of a JSON payroll body by streaming past everything else (the rows). */
final class JsonStatement {

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
                    } catch (com.fasterxml.jackson.databind.JsonMappingException wrongShape) {
                        problems.add(new Problem(0, "statement", "cannot be read: " + firstLine(wrongShape.getOriginalMessage())));
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

    private static String firstLine(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("");
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
