package org.highroad.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Rules for every JSON body the API reads, beyond what Jackson checks by itself. Text may not contain the NUL
 * character U+0000: PostgreSQL cannot store it in text (PostgreSQL 15 manual, 8.3 Character Types), so it is
 * refused (400 naming the field) on every database alike, before anything is written. A field named twice in one
 * object is refused too ({@code spring.jackson.parser.strict-duplicate-detection}; RFC 8259 section 4 leaves the
 * meaning of duplicate names open, so the last one silently winning would hide a client's mistake). A body is one
 * JSON value (RFC 8259 section 2: a JSON text is a value with insignificant white space around it): anything after it
 * is refused, not ignored.
 */
@Configuration
class JsonInputRules {

    @Bean
    Module textWithoutNul() {
        SimpleModule module = new SimpleModule("highroad-text-without-nul");
        module.addDeserializer(String.class, new TextWithoutNul());
        module.addKeyDeserializer(String.class, new KeyWithoutNul());
        return module;
    }

    /**
     * Request and response bodies of Spring MVC, read and written by the application's ObjectMapper (its modules and
     * settings) but refusing content after the body's JSON value. Only here, not in the application's ObjectMapper
     * itself: code that reads one value out of a larger document with it (the statement inside a JSON payroll) must
     * go on reading after that value.
     */
    @Bean
    MappingJackson2HttpMessageConverter jsonBodies(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(json.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    /** Whether a body was refused for content after its JSON value. */
    static boolean contentAfterValue(Throwable failure) {
        return failure instanceof MismatchedInputException m && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Trailing token");
    }

    /** Jackson's own String reading (with its coercions), then the NUL check. */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {
        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(StringDeserializer.instance.deserialize(p, ctxt), p);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /** Names of map entries follow the same rule. */
    static final class KeyWithoutNul extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(key, ctxt.getParser());
        }
    }

    private static String checked(String text, JsonParser p) throws UnstorableText {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new UnstorableText(p);
        }
        return text;
    }

    /** Text with a NUL character; the path of the field is added as Jackson unwinds. */
    static final class UnstorableText extends MismatchedInputException {
        static final String REASON = "must not contain the NUL character (U+0000)";

        UnstorableText(JsonParser p) {
            super(p, "text " + REASON, String.class);
        }
    }

    /**
     * The parser's refusal of a field name seen before in the same object, found in the cause chain (a nested object's
     * refusal reaches here wrapped with its path); null if the body was refused for another reason.
     */
    static StreamReadException duplicateField(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException e && e.getProcessor() != null && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Duplicate field '")) {
                return e;
            }
        }
        return null;
    }

    /** The path of the repeated field, as the errors list names fields ({@code version.rubric[1].code}). */
    static String duplicateFieldPath(StreamReadException e) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = e.getProcessor().getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "body" : path;
    }
}
