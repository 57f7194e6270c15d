package org.highroad.payroll;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.intake.RowError;
import org.highroad.payroll.statement.StatementOfCompliance;

/**
 * The errors of a Statement of Compliance sent with a payroll, as the payroll's error list keeps them (row 0): the
 * field is the member's JSON path under {@code statement}, within {@link RowError#MAX_COLUMN} characters (what the
 * error list stores). A deeper path is named down to the member that fits and the rest of it leads the reason, so
 * nothing is cut. A map key is shown only when it is a small number (a progression level), never as typed.
 */
final class StatementProblems {

    static final String ROOT = "statement";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private StatementProblems() {
    }

    /** Every bean-validation error of {@code statement}, sorted by field. */
    static List<Problem> of(StatementOfCompliance statement, Validator validator) {
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<StatementOfCompliance> v : validator.validate(statement)) {
            problems.add(problem(segments(v.getPropertyPath()), (onMapKey(v.getPropertyPath()) ? "the key " : "")
                    + v.getMessage()));
        }
        problems.sort(Comparator.comparing((Problem p) -> inOrder(p.column())).thenComparing(Problem::reason));
        return problems;
    }

    /** The problem for a member reached by {@code segments} (".name" or "[index]") under the statement. */
    static Problem problem(List<String> segments, String reason) {
        StringBuilder field = new StringBuilder(ROOT);
        int i = 0;
        while (i < segments.size() && field.length() + segments.get(i).length() <= RowError.MAX_COLUMN) {
            field.append(segments.get(i++));
        }
        String rest = String.join("", segments.subList(i, segments.size()));
        String why = rest.isEmpty() ? reason : (rest.startsWith(".") ? rest.substring(1) : rest) + ": " + reason;
        return new Problem(0, field.toString(), RowError.cut(why, RowError.MAX_REASON));
    }

    /**
     * The path as segments: ".member" for a property, "[n]" for a list index or a map key. Hibernate Validator puts a
     * list index or a map key on the node after the container.
     */
    private static List<String> segments(Path path) {
        List<String> segments = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                segments.add("[" + shown(node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                segments.add("." + node.getName());
            }
        }
        return segments;
    }

    /** True when the constraint is on a map's key (the node Hibernate Validator names {@code <map key>}). */
    private static boolean onMapKey(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && "<map key>".equals(node.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Sorts [2] before [10]. */
    private static String inOrder(String field) {
        return INDEX.matcher(field).replaceAll(m -> "[" + "0".repeat(Math.max(0, 4 - m.group(1).length())) + m.group(1) + "]");
    }

    /** A key or index as it may be shown: a number of at most three digits; anything else is not repeated. */
    static String shown(Object key) {
        if (key instanceof Integer n && n > -1000 && n < 1000) {
            return n.toString();
        }
        return "?";
    }
}
