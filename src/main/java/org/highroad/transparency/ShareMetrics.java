package org.highroad.transparency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.PayrollUtilization;
import org.highroad.payroll.PublicShareFigures;
import org.highroad.platform.disclosure.Suppression;
import org.springframework.stereotype.Component;

/**
 * The monthly workforce shares of a contract as metrics (metrics extension): one metric per category, trade and
 * level measured, one observation per month with the cumulative share from the contract's start to the month's end
 * (or to the last reported week, for the month in progress) and the commitment. A share over too few workers is
 * withheld ({@link Suppression}): its observation says so and its measure is null.
 */
@Component
class ShareMetrics {

    private final PayrollUtilization utilization;

    ShareMetrics(PayrollUtilization utilization) {
        this.utilization = utilization;
    }

    void monthly(long contractId, LocalDate start, LocalDate lastReported, ArrayNode metrics) {
        Map<String, ObjectNode> byLine = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(lastReported)); m = m.plusMonths(1)) {
            LocalDate asOf = m.atEndOfMonth().isAfter(lastReported) ? lastReported : m.atEndOfMonth();
            PublicShareFigures figures = utilization.publicFigures(contractId, asOf);
            Set<Suppression.Cell> withheld = Suppression.withheld(figures.lines().stream().map(ShareMetrics::cell).toList());
            for (PublicShareFigures.Line l : figures.lines()) {
                String id = metricId(l);
                ObjectNode metric = byLine.computeIfAbsent(id, x -> newMetric(metrics, id, l));
                ObjectNode o = ((ArrayNode) metric.get("observations")).addObject();
                o.put("id", id + "-" + m);
                ObjectNode period = o.putObject("period");
                period.put("startDate", Dates.of(start));
                period.put("endDate", Dates.endOf(asOf));
                ObjectNode dims = o.putObject("dimensions");
                dims.put("committedPercent", l.requiredPercent().toPlainString());
                // the other fields are null, not left out: a record merges its releases field by field, so a figure
                // or a withholding published before is cleared only by an explicit null (OCDS 1.1, "Merging")
                if (withheld.contains(cell(l))) {
                    dims.put("suppressed", "fewer than " + Suppression.MINIMUM_WORKERS + " workers");
                    dims.putNull("met");
                    o.putNull("measure");
                } else {
                    o.put("measure", l.sharePercent());
                    dims.put("met", String.valueOf(l.met()));
                    dims.putNull("suppressed");
                }
                o.putObject("unit").put("name", "percent");
            }
        }
    }

    private static ObjectNode newMetric(ArrayNode metrics, String id, PublicShareFigures.Line l) {
        ObjectNode m = metrics.addObject();
        m.put("id", id);
        m.put("title", Requirements.shareTitle(l.category()) + (l.trade() == null ? ", whole project" : ", " + l.trade())
                + (l.level() == null ? "" : ", " + l.level().toLowerCase() + "s"));
        m.put("description", "Cumulative share of work hours from the contract's start, from certified payroll"
                + (l.binding() ? "; the commitment is measured on this line" : "; for context"));
        m.putArray("observations");
        return m;
    }

    static String metricId(PublicShareFigures.Line l) {
        return Requirements.shareId(l.category()) + "-" + (l.trade() == null ? "project"
                : "trade-" + l.trade().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""))
                + (l.level() == null ? "" : "-" + l.level().toLowerCase());
    }

    private static Suppression.Cell cell(PublicShareFigures.Line l) {
        return new Suppression.Cell(l.category(), l.trade(), l.level(), l.workers(), l.groupWorkers());
    }

    static List<String> categories() {
        return List.copyOf(Requirements.SHARES.keySet());
    }
}
