package org.highroad.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.process.ParsedOnceFeel;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;

/**
 * The project's three DMN tables as the decision benchmark measures them ({@link DmnBenchmark}): parsed once per
 * expression language, the varied inputs they are evaluated with, and the same decision logic written by hand in Java
 * (the floor the engines are compared with). {@code DmnBaselineTest} checks that the Java logic and every variant of
 * the tables answer alike, so the floor measures the same decisions.
 */
final class DmnTables {

    static final String ESCALATION = "/bpmn/enforcement/escalation-ladder.dmn";
    static final String FINDINGS_TIERS = "/bpmn/procurement/past-performance-findings-tiers.dmn";
    static final String NOTICE_TIERS = "/bpmn/procurement/schedule-notice-tiers.dmn";

    /** How the tables' cells are evaluated. */
    enum Variant {
        /** The engine's default: the Scala FEEL engine for input expressions, input entries and output entries. */
        FEEL_SCALA,
        /**
         * The same Scala FEEL engine and the tables as they are, with each cell parsed once and FEEL's built-in
         * functions built once ({@code ParsedOnceFeelEngine}, what the process engine and {@code DmnTierTable} use).
         */
        FEEL_SCALA_PARSED_ONCE,
        /**
         * {@code enableFeelLegacyBehavior}: the engine's older JUEL-based FEEL for the input entries (unary tests only),
         * and JUEL for input expressions and output entries, as that mode's defaults are.
         */
        FEEL_LEGACY,
        /** Every cell in JUEL: input expressions {@code ${x}}, entries {@code ${cellInput ge 10}}, outputs {@code ${"WAIT"}}. */
        JUEL
    }

    private DmnTables() {
    }

    static DmnEngine engine(Variant variant) {
        if (variant == Variant.FEEL_SCALA_PARSED_ONCE) {
            return ParsedOnceFeel.standaloneEngine();
        }
        DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        switch (variant) {
            case FEEL_SCALA, FEEL_SCALA_PARSED_ONCE -> { }
            case FEEL_LEGACY -> config.enableFeelLegacyBehavior(true)
                    .defaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                    .defaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE)
                    .defaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE);
            case JUEL -> config
                    .defaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                    .defaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                    .defaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE);
        }
        return config.buildEngine();
    }

    /** Parses the table once, its cells rewritten for the variant (the project's files are FEEL). */
    static DmnDecision parse(DmnEngine engine, String resource, Variant variant) {
        String xml = read(resource);
        String model = switch (variant) {
            case FEEL_SCALA, FEEL_SCALA_PARSED_ONCE -> xml;
            case FEEL_LEGACY -> toJuel(xml, false);
            case JUEL -> toJuel(xml, true);
        };
        List<DmnDecision> decisions = engine.parseDecisions(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
        return decisions.get(0);
    }

    static String read(String resource) {
        try (InputStream in = DmnTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (run mvn test-compile)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the tables' cells in JUEL ---------------------------------------------------------------------------------

    private static final Pattern INPUT_EXPRESSION = Pattern.compile("(<inputExpression[^>]*>\\s*<text>)([^<]*)(</text>)");
    private static final Pattern INPUT_ENTRY = Pattern.compile("(<inputEntry[^>]*><text>)([^<]*)(</text>)");
    private static final Pattern OUTPUT_ENTRY = Pattern.compile("(<outputEntry[^>]*><text>)([^<]*)(</text>)");
    private static final Pattern INTERVAL = Pattern.compile("([\\[\\]])\\s*(-?[\\d.]+)\\s*\\.\\.\\s*(-?[\\d.]+)\\s*([\\[\\]])");
    private static final Pattern COMPARISON = Pattern.compile("(&lt;=|&gt;=|&lt;|&gt;)\\s*(-?[\\d.]+)");

    /**
     * Rewrites the FEEL cells the project's tables use (string, boolean and number equality, comparisons with a
     * number, intervals, and string or number outputs) as JUEL. Any other cell fails, so a table that grows a new
     * kind of cell is not silently measured wrong.
     */
    static String toJuel(String xml, boolean inputEntries) {
        String out = replace(xml, INPUT_EXPRESSION, text -> "${" + text.strip() + "}");
        if (inputEntries) {
            out = replace(out, INPUT_ENTRY, DmnTables::unaryTestInJuel);
        }
        return replace(out, OUTPUT_ENTRY, DmnTables::literalOutput);
    }

    private static String unaryTestInJuel(String feel) {
        String t = feel.strip();
        if (t.isEmpty()) {
            return "";
        }
        if (t.startsWith("\"") && t.endsWith("\"")) {
            return "${cellInput eq '" + t.substring(1, t.length() - 1) + "'}";
        }
        if (t.equals("true") || t.equals("false") || t.matches("-?[\\d.]+")) {
            return "${cellInput eq " + t + "}";
        }
        Matcher comparison = COMPARISON.matcher(t);
        if (comparison.matches()) {
            String op = switch (comparison.group(1)) {
                case "&lt;=" -> "le";
                case "&gt;=" -> "ge";
                case "&lt;" -> "lt";
                default -> "gt";
            };
            return "${cellInput " + op + " " + comparison.group(2) + "}";
        }
        Matcher interval = INTERVAL.matcher(t);
        if (interval.matches()) {
            String low = interval.group(1).equals("[") ? "ge" : "gt";
            String high = interval.group(4).equals("]") ? "le" : "lt";
            return "${cellInput " + low + " " + interval.group(2) + " and cellInput " + high + " " + interval.group(3) + "}";
        }
        throw new IllegalArgumentException("no JUEL form for the FEEL cell " + t);
    }

    /**
     * A constant in JUEL. The engine reads a JUEL cell without {@code ${}} as if it had one, so a string output is a
     * JUEL string literal; FEEL's double-quoted strings (the project's outputs hold no backslash) read the same.
     */
    private static String literalOutput(String feel) {
        String t = feel.strip();
        if ((t.startsWith("\"") && t.endsWith("\"") && t.indexOf('\\') < 0) || t.matches("-?[\\d.]+")) {
            return "${" + t + "}";
        }
        throw new IllegalArgumentException("no JUEL form for the FEEL output " + t);
    }

    private static String replace(String xml, Pattern cell, java.util.function.UnaryOperator<String> rewrite) {
        Matcher m = cell.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rewrite.apply(m.group(2)) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- inputs ----------------------------------------------------------------------------------------------------

    /** The escalation ladder's inputs, as {@code DmnEscalationLadder} passes them. */
    record Escalation(String currentStep, boolean cured, double outstandingRestitution, int businessDaysPastCure,
            int violationCount, boolean repeatOffender, int missingPayrolls) {

        VariableMap variables() {
            return Variables.createVariables()
                    .putValue("currentStep", currentStep)
                    .putValue("cured", cured)
                    .putValue("outstandingRestitution", outstandingRestitution)
                    .putValue("businessDaysPastCure", businessDaysPastCure)
                    .putValue("violationCount", violationCount)
                    .putValue("repeatOffender", repeatOffender)
                    .putValue("missingPayrolls", missingPayrolls);
        }
    }

    private static final String[] STEPS = {"NONE", "WITHHOLDING", "FINES", "DEBARMENT_REFERRAL"};

    /**
     * Cases spread over the whole ladder: every step (fewer referrals, as in practice), cured in a quarter, nothing
     * owed in a third, days past cure around both thresholds (10, 20), no open violation in a fifth.
     */
    static List<Escalation> escalationInputs(int count, long seed) {
        Random r = new Random(seed);
        List<Escalation> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String step = STEPS[r.nextInt(10) < 9 ? r.nextInt(3) : 3];
            boolean cured = r.nextInt(4) == 0;
            double owed = r.nextInt(3) == 0 ? 0 : Math.round(r.nextDouble() * 2_500_000) / 100.0;
            int days = r.nextInt(3) == 0 ? 0 : r.nextInt(31);
            int violations = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(40);
            inputs.add(new Escalation(step, cured, owed, days, violations, r.nextInt(5) == 0, r.nextInt(6) == 0 ? 1 + r.nextInt(3) : 0));
        }
        return inputs;
    }

    /**
     * Values for a tier table: mostly spread over {@code 0..max}, with the tier boundaries themselves and values just
     * beside them (where an off-by-one in an interval would show).
     */
    static double[] tierInputs(int count, long seed, double max, double... boundaries) {
        Random r = new Random(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            if (r.nextInt(4) == 0) {
                double b = boundaries[r.nextInt(boundaries.length)];
                values[i] = switch (r.nextInt(3)) {
                    case 0 -> b;
                    case 1 -> b - 0.01;
                    default -> b + 0.01;
                };
            } else {
                values[i] = Math.round(r.nextDouble() * max * 100) / 100.0;
            }
        }
        return values;
    }

    static final double[] FINDINGS_BOUNDARIES = {0, 5, 15, 30};
    static final double[] NOTICE_BOUNDARIES = {3, 7, 14};

    // ---- the same decisions in Java (the floor) --------------------------------------------------------------------

    /** The escalation ladder's rule that answers (hit policy FIRST), 0-based in the table's order. */
    static int escalationRule(Escalation in) {
        String step = in.currentStep();
        if (step.equals("DEBARMENT_REFERRAL")) {
            return 0;
        }
        if (in.cured() && in.outstandingRestitution() <= 0) {
            return 1;
        }
        if (in.outstandingRestitution() <= 0 && in.violationCount() == 0) {
            return 2;
        }
        switch (step) {
            case "NONE":
                if (in.outstandingRestitution() > 0) {
                    return 3;
                }
                if (in.missingPayrolls() > 0) {
                    return 4;
                }
                if (in.businessDaysPastCure() >= 10 && in.violationCount() >= 1) {
                    return 5;
                }
                return 6;
            case "WITHHOLDING":
                if (in.businessDaysPastCure() >= 10 && in.violationCount() >= 1) {
                    return 7;
                }
                if (in.violationCount() == 0) {
                    return 8;
                }
                return 9;
            case "FINES":
                if (in.repeatOffender()) {
                    return 10;
                }
                if (in.businessDaysPastCure() >= 20) {
                    return 11;
                }
                return 12;
            default:
                return -1;
        }
    }

    /** Each rule's next step, in the table's order. */
    static final String[] ESCALATION_NEXT = {"WAIT", "CLOSE", "CLOSE", "WITHHOLDING", "WITHHOLDING", "FINES", "WAIT",
        "FINES", "WAIT", "WAIT", "DEBARMENT_REFERRAL", "DEBARMENT_REFERRAL", "WAIT"};

    /** Past performance: share of the weight for confirmed findings per 1,000 hours. */
    static final double[] FINDINGS_SHARE = {1.0, 0.75, 0.5, 0.25, 0.0};
    static final String[] FINDINGS_LABEL = {"no confirmed finding", "up to 5 per 1,000 hours",
        "more than 5, up to 15 per 1,000 hours", "more than 15, up to 30 per 1,000 hours", "more than 30 per 1,000 hours"};

    static int findingsTier(double rate) {
        if (rate <= 0) {
            return 0;
        }
        if (rate <= 5) {
            return 1;
        }
        if (rate <= 15) {
            return 2;
        }
        return rate <= 30 ? 3 : 4;
    }

    /** Schedule notice: share of the weight for days of advance notice. */
    static final double[] NOTICE_SHARE = {1.0, 0.6, 0.3, 0.0};
    static final String[] NOTICE_LABEL = {"14 days or more", "7 to 13 days", "3 to 6 days", "less than 3 days"};

    static int noticeTier(double days) {
        if (days >= 14) {
            return 0;
        }
        if (days >= 7) {
            return 1;
        }
        return days >= 3 ? 2 : 3;
    }

    /** The rationale of each rule of the ladder, read from the table (the Java floor returns these constants). */
    static String[] escalationRationales() {
        DmnEngine engine = engine(Variant.FEEL_SCALA);
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) parse(engine, ESCALATION, Variant.FEEL_SCALA).getDecisionLogic();
        return table.getRules().stream().map(rule -> {
            String text = rule.getConclusions().get(1).getExpression().strip();
            return text.substring(1, text.length() - 1);
        }).toArray(String[]::new);
    }

    /** One evaluation's outputs, for comparing variants. */
    static String outcome(DmnDecisionResultEntries row, String... outputs) {
        if (row == null) {
            return "no rule";
        }
        StringBuilder s = new StringBuilder();
        for (String output : outputs) {
            Object value = row.getEntry(output);
            s.append(value instanceof Number n ? String.valueOf(n.doubleValue()) : String.valueOf(value)).append('|');
        }
        return s.toString();
    }
}
