package org.highroad.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
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

/**
 * Rules for every JSON body the API reads, beyond what Jackson checks by itself. Text may not contain the NUL
 * character U+0000: PostgreSQL cannot store it in text (PostgreSQL 15 manual, 8.3 Character Types), so it is
 * refused (400 naming the field) on every database alike, before anything is written. A field named twice in one
 * object is refused too ({@code spring.jackson.parser.strict-duplicate-detection}; RFC 8259 section 4 leaves the
 * meaning of duplicate names open, so the last one silently winning would hide a client's mistake).
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
