package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.dmn.feel.impl.FeelException;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.context.VariableContext;

/**
 * The parsed-once FEEL engine answers as Operaton's default Scala FEEL engine does, cell by cell: the same values,
 * the same answer for a missing or null input, the same failure (and message) for a cell that does not parse or does
 * not evaluate, every time it is evaluated; and it does so from several threads at once.
 */
class ParsedOnceFeelEngineTest {

    private final ScalaFeelEngine standard = new ScalaFeelEngine(null);
    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(null);

    private static VariableContext variables(Object value) {
        VariableMap map = Variables.createVariables().putValue("value", value).putValue("step", "FINES")
                .putValue("owed", 120.5).putValue("days", 10).putValue("cured", false).putValue("nothing", null)
                .putValue("since", LocalDate.of(2026, 12, 3));
        return map.asVariableContext();
    }

    /** Unary tests of every kind the tables use, and more of standard FEEL. */
    @ParameterizedTest
    @ValueSource(strings = {"", "-", "\"FINES\"", "\"NONE\",\"WITHHOLDING\"", "not(\"FINES\")", "true", "false", "0",
        "<= 0", "> 0", ">= 10", "< 3", "[3..7[", "]5..15]", "[0..5]", ">= 14", "null", "not(null)", "? > days",
        "? = 1 or ? = 2", "abs(?) > 2", "string length(?) = 5", "? in [1, 2, 3]", "day of week(since) = \"Thursday\""})
    void unaryTestsAnswerAsTheDefault(String cell) {
        for (Object value : new Object[] {null, 0, 0.0, 2.99, 3, 5, 7.5, 14, 30.01, -4, "FINES", "NONE", true, false}) {
            assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(cell, "value", variables(value))))
                    .as("%s with %s", cell, value)
                    .isEqualTo(outcome(() -> standard.evaluateSimpleUnaryTests(cell, "value", variables(value))));
        }
        // the input is missing from the context: tested as null, as the default does
        VariableContext empty = Variables.createVariables().asVariableContext();
        assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(cell, "value", empty))).as("%s without input", cell)
                .isEqualTo(outcome(() -> standard.evaluateSimpleUnaryTests(cell, "value", empty)));
    }

    /** Input expressions and output entries. */
    @ParameterizedTest
    @ValueSource(strings = {"value", "step", "owed", "days", "cured", "nothing", "missing", "\"WAIT\"", "0.75", "1.0",
        "\"more than 5, up to 15 per 1,000 hours\"", "owed * 2", "days + 1", "if cured then \"CLOSE\" else \"WAIT\"",
        "string(days)", "date(\"2027-01-01\")", "since + duration(\"P1D\")", "[1, 2, 3][2]", "{a: days}.a", "sum([owed, days])",
        "value > 3", "owed + \"a\"", "unknownFunction(days)", "null"})
    void expressionsAnswerAsTheDefault(String cell) {
        for (Object value : new Object[] {null, 0, 3.5, "FINES"}) {
            assertThat(outcome(() -> parsedOnce.evaluateSimpleExpression(cell, variables(value)))).as("%s with %s", cell, value)
                    .isEqualTo(outcome(() -> standard.evaluateSimpleExpression(cell, variables(value))));
        }
    }

    @Test
    void aCellThatDoesNotParseFailsOnEveryEvaluationWithTheDefaultsMessage() {
        for (String cell : new String[] {"[3..", ">= >= 3", "\"open"}) {
            String expected = outcome(() -> standard.evaluateSimpleUnaryTests(cell, "value", variables(4)));
            assertThat(expected).startsWith("FAILED ");
            for (int i = 0; i < 3; i++) {
                assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(cell, "value", variables(4))))
                        .as("%s, evaluation %d", cell, i).isEqualTo(expected);
            }
        }
        String expression = outcome(() -> standard.evaluateSimpleExpression("if then", variables(4)));
        assertThat(expression).startsWith("FAILED " + FeelException.class.getName());
        assertThat(outcome(() -> parsedOnce.evaluateSimpleExpression("if then", variables(4)))).isEqualTo(expression);
        assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("if then", variables(4))).as("again")
                .isInstanceOf(FeelException.class);
    }

    @Test
    void eachCellIsParsedOnceAndTheCacheIsBounded() {
        ParsedOnceFeelEngine small = new ParsedOnceFeelEngine(null, 4);
        for (int i = 0; i < 3; i++) {
            small.evaluateSimpleUnaryTests(">= 10", "value", variables(12));
            small.evaluateSimpleExpression("owed * 2", variables(12));
        }
        assertThat(small.cachedCells()).as("one parsed form per cell and kind").isEqualTo(2);
        for (int i = 0; i < 50; i++) {
            assertThat(small.evaluateSimpleUnaryTests(">= " + i, "value", variables(12))).isEqualTo(12 >= i);
        }
        assertThat(small.cachedCells()).as("bounded").isLessThanOrEqualTo(4 + 1);
        // with this feel-scala version the built-in functions are built once, not per cell (the other half of the gain)
        assertThat(ParsedOnceFeelEngine.buildsFunctionsOnce()).isTrue();
    }

    /** The job executor evaluates decisions in parallel: one engine, many threads, the same answers as alone. */
    @Test
    void manyThreadsEvaluatingAtOnceGetTheAnswersOfOne() throws Exception {
        String[] unary = {"[3..7[", "]5..15]", ">= 14", "< 3", "\"FINES\"", "not(\"FINES\")", "? > days", "null"};
        String[] expressions = {"owed * 2", "if cured then \"CLOSE\" else \"WAIT\"", "string(days)", "value"};
        Object[] values = {null, 0, 2.99, 3, 5, 7.5, 14, 30.01, "FINES", "NONE"};
        List<String> expected = answers(standard, unary, expressions, values);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Callable<List<String>> run = () -> {
                    List<String> last = null;
                    for (int round = 0; round < 20; round++) {
                        last = answers(parsedOnce, unary, expressions, values);
                        if (!last.equals(expected)) {
                            return last;
                        }
                    }
                    return last;
                };
                runs.add(threads.submit(run));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> answers(ScalaFeelEngine engine, String[] unary, String[] expressions, Object[] values) {
        List<String> answers = new ArrayList<>();
        for (Object value : values) {
            for (String cell : unary) {
                answers.add(outcome(() -> engine.evaluateSimpleUnaryTests(cell, "value", variables(value))));
            }
            for (String cell : expressions) {
                answers.add(outcome(() -> engine.evaluateSimpleExpression(cell, variables(value))));
            }
        }
        return answers;
    }

    /** The answer with its type, or the failure's type and message. */
    private static String outcome(Callable<Object> evaluation) {
        try {
            Object value = evaluation.call();
            return value == null ? "null" : value.getClass().getName() + ":" + Objects.toString(value);
        } catch (Exception e) {
            return "FAILED " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
