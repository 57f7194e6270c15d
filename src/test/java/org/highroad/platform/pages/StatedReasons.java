package org.highroad.platform.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reasons a module states in its source, read from the code: the reason of each {@code new Violation(field, …)},
 * {@code new FormError(field, …)}, {@code new InvalidInputException(field, …)}, {@code new ConflictException(…)}, a
 * refusal a step returns ({@code Optional.of(…)}), a rule's {@code new Reason(field, rule, …)} or {@code reasons.add(…)}
 * and each constraint's {@code message = "…"} (a constraint of the module's own, its {@code message() default "…"}). A reason written as text joined with values ({@code "bid " + id + " is …"},
 * {@code "…%s…".formatted(…)}) is read as an example with "X" for each value, which a code's pattern must match; a
 * reason with no text of its own (another reason passed on, a bundle's message) is not the module's sentence and is
 * left out.
 */
public final class StatedReasons {

    /** One reason as the code states it: where, and the example with "X" for each value. */
    public record Stated(String where, String example) {
    }

    private static final String QUALIFIED = "new (?:[a-z]+\\.)*";
    private static final List<Call> CALLS = List.of(call(QUALIFIED + "Violation\\(", 1), call(QUALIFIED + "FormError\\(", 1),
            call(QUALIFIED + "InvalidInputException\\(", 1), call(QUALIFIED + "ConflictException\\(", 0),
            call("Optional\\.of\\(", 0), call(QUALIFIED + "Reason\\(", 2), call("\\breasons\\.add\\(", 0));
    private static final Pattern MESSAGE = Pattern.compile("\\bmessage(?:\\s*=|\\(\\)\\s*default)\\s*\"");
    private static final Pattern LITERAL = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"$", Pattern.DOTALL);
    private static final Pattern FORMATTED = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"\\.formatted\\(", Pattern.DOTALL);

    /** A call whose opening (up to its "(") matches, and which of its arguments is the reason. */
    private record Call(Pattern opening, int argument, boolean fieldAndReason) {
    }

    private static Call call(String opening, int argument) {
        return new Call(Pattern.compile(opening), argument, opening.contains("InvalidInputException"));
    }

    private StatedReasons() {
    }

    /** Every reason stated in the Java sources under {@code folder}. */
    public static List<Stated> in(Path folder) {
        List<Stated> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(in(file.toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static List<Stated> in(String name, String source) {
        List<Stated> found = new ArrayList<>();
        for (Call call : CALLS) {
            Matcher opening = call.opening().matcher(source);
            while (opening.find()) {
                int at = opening.start();
                List<String> arguments = arguments(source, opening.end());
                boolean oneListArgument = call.fieldAndReason() && arguments.size() == 1;
                if (arguments.size() > call.argument() && !oneListArgument) {
                    String example = example(arguments.get(call.argument()));
                    if (example != null) {
                        found.add(new Stated(name + ":" + line(source, at), example));
                    }
                }
            }
        }
        Matcher m = MESSAGE.matcher(source);
        while (m.find()) { // the message's text up to the annotation's next element or its end, joined lines included
            String example = example(arguments(source, m.end() - 1).get(0));
            if (example != null) {
                found.add(new Stated(name + ":" + line(source, m.start()), example));
            }
        }
        return found;
    }

    /** The example of a reason's expression, or null when it has no text of its own. */
    static String example(String expression) {
        StringBuilder example = new StringBuilder();
        boolean text = false;
        for (String part : split(expression, '+')) {
            Matcher literal = LITERAL.matcher(part);
            Matcher formatted = FORMATTED.matcher(part);
            if (literal.matches()) {
                example.append(unescape(literal.group(1)));
                text = true;
            } else if (formatted.find()) {
                example.append(unescape(formatted.group(1)).replaceAll("%(\\.\\d+)?[sdf]", "X"));
                text = true;
            } else {
                example.append('X');
            }
        }
        return text ? example.toString() : null;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\'", "'").replace("\\\\", "\\");
    }

    /** The top-level arguments of a call whose "(" ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(source, i);
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    /** The parts of an expression split at {@code at} outside quotes and brackets. */
    private static List<String> split(String expression, char at) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(expression, i);
                current.append(expression, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == at && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString().strip());
        return parts;
    }

    private static int endOfQuoted(String s, int open) {
        char quote = s.charAt(open);
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, s.length() - 1);
    }

    private static int line(String source, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
