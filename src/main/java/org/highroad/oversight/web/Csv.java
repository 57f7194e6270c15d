package org.highroad.oversight.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF line ends), safe to open in a spreadsheet: a
 * cell that begins with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so a contract
 * title or a program name a person typed is never read as a formula (OWASP, "CSV Injection").
 */
final class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(cell(cells[i]).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
        return this;
    }

    /** A cell's text: empty for none, money and percentages as plain decimals, dates as ISO 8601. */
    static String cell(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof LocalDate d ? d.toString() : String.valueOf(value);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    String text() {
        return out.toString();
    }

    /** The list as a download named {@code name}. */
    ResponseEntity<String> download(String name) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(text());
    }

}
