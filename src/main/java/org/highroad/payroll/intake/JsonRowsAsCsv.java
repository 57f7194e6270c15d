package org.highroad.payroll.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON certified payroll read as the CSV layout, one row at a time, so that a JSON body goes through exactly the
 * checks a CSV file does ({@link PayrollCsvReader}) without being held in memory. The body is an object whose
 * {@code rows} member is an array of objects keyed by the CSV column names ({@code docs/payroll-csv.md}); values are
 * strings, numbers, booleans ({@code resident}) or null. Row <i>n</i> of an error is {@code rows[n-1]}. Other
 * top-level members (the {@code statement}) are skipped here. What cannot be translated (not JSON, a nested value, an
 * unknown column) is recorded in {@link #errors()} and ends the stream, so the submission is rejected.
 */
public final class JsonRowsAsCsv extends InputStream {

    /** A member named twice in one object is refused, not silently overwritten by the later one (RFC 8259 section 4). */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonParser parser;
    private final List<RowError> errors = new ArrayList<>();
    private byte[] chunk;
    private int pos;
    private int row;
    private boolean inRows;
    private boolean done;

    public JsonRowsAsCsv(InputStream json) throws IOException {
        this.parser = JSON.createParser(json);
        this.chunk = (String.join(",", PayrollCsvLayout.ALL) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What could not be translated; empty when the body was well-formed. */
    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pos >= chunk.length) {
            if (done) {
                return -1;
            }
            chunk = nextLine().getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private String nextLine() {
        try {
            if (!inRows && !findRows()) {
                done = true;
                return "";
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return restOfBody();
            }
            row++;
            if (t != JsonToken.START_OBJECT) {
                return stop(row, null, "must be an object keyed by the CSV column names");
            }
            return line(readRow());
        } catch (IOException e) {
            return stop(row, null, notJson(e));
        } catch (Untranslatable u) {
            return stop(row, u.column, u.getMessage());
        }
    }

    /** Moves the parser into the {@code rows} array; false (with an error) when there is none. */
    private boolean findRows() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            stop(0, "body", "must be a JSON object with a rows array");
            return false;
        }
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("rows".equals(name)) {
                if (value != JsonToken.START_ARRAY) {
                    stop(0, "rows", "must be an array of row objects");
                    return false;
                }
                inRows = true;
                return true;
            }
            parser.skipChildren();
        }
        stop(0, "rows", "is missing: a JSON payroll lists its rows in a rows array");
        return false;
    }

    /**
     * Reads the body to its end after the rows, so that a second {@code rows} member, a member named twice or a body
     * that stops being JSON after the rows is refused rather than ignored.
     */
    private String restOfBody() throws IOException {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            parser.nextToken();
            parser.skipChildren();
        }
        done = true;
        return "";
    }

    private Map<String, String> readRow() throws IOException {
        Map<String, String> cells = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String column = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!PayrollCsvLayout.ALL.contains(column)) {
                throw HeaderCheck.showable(column) ? new Untranslatable(column, "is not a column of the payroll layout")
                        : new Untranslatable(null, "has a key that is not a column of the payroll layout (name not "
                                + "shown)");
            }
            cells.put(column, switch (value) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> text(column, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
                case VALUE_TRUE -> "Y";
                case VALUE_FALSE -> "N";
                default -> throw new Untranslatable(column, "must be a string, a number, a boolean or null");
            });
        }
        return cells;
    }

    private static String line(Map<String, String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < PayrollCsvLayout.ALL.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(PayrollCsvLayout.ALL.get(i));
            if (v != null) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
        }
        return out.append('\n').toString();
    }

    private String stop(int atRow, String column, String reason) {
        errors.add(new RowError(atRow, column, reason));
        done = true;
        return "";
    }

    /**
     * A string value as the CSV will carry it. An unpaired surrogate (a lone {@code \\ud800} escape) is refused here:
     * UTF-8 cannot encode it, and it would silently become "?". Other characters are checked as CSV cells.
     */
    private static String text(String column, String value) {
        if (StorableText.hasUnpairedSurrogate(value)) {
            throw new Untranslatable(column, StorableText.UNPAIRED_SURROGATE);
        }
        return value;
    }

    /** Where the body stopped being JSON; the parser's own message is not repeated, as it quotes the content. */
    private static String notJson(IOException e) {
        if (duplicateMember(e)) {
            JsonProcessingException p = (JsonProcessingException) e;
            return "names a member twice in one object (line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + "): give each column once per row and each member once";
        }
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return "is not valid JSON (line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + "): check the quotes, commas and brackets there";
        }
        return "is not valid JSON";
    }

    /** Whether the parser refused a member named twice in one object (its message would quote the name). */
    public static boolean duplicateMember(IOException e) {
        return e instanceof StreamReadException r && r.getLocation() != null && r.getOriginalMessage() != null
                && r.getOriginalMessage().startsWith("Duplicate field '");
    }

    private static final class Untranslatable extends RuntimeException {
        private final String column;

        Untranslatable(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }
}
