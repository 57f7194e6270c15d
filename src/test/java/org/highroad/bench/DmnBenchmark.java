package org.highroad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.highroad.bench.DmnTables.Escalation;
import org.highroad.bench.DmnTables.Variant;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.engine.variable.Variables;

/**
 * Decisions per second of the project's three DMN tables on Operaton's standalone DMN engine (parsed once, evaluated
 * many times, one thread), in each expression language the engine offers, against the same decisions written by
 * hand in Java, all measured in the same run. Not a test: run it with {@code bench/dmn-bench.sh} (see BENCHMARKS.md).
 *
 * <p>Each variant is first checked against the Java logic on every input; a variant that answers differently stops
 * the benchmark. Then every variant is warmed up, and the measured iterations run in rounds (each round measures
 * every variant once), so a change of load on the machine touches all variants alike. Each iteration evaluates
 * decisions for a fixed time; the median iteration is reported.
 *
 * <p>Options: {@code --warmup=5} iterations, {@code --iterations=7}, {@code --millis=1000} per iteration,
 * {@code --inputs=4096} varied inputs per table (cycled).
 */
public final class DmnBenchmark {

    /** What the decisions answered, folded together so the JIT cannot drop an evaluation. */
    private static long sink;

    public static void main(String[] args) {
        int warmup = intOption(args, "warmup", 5);
        int iterations = intOption(args, "iterations", 7);
        int millis = intOption(args, "millis", 1000);
        int inputCount = Integer.highestOneBit(intOption(args, "inputs", 4096));
        int mask = inputCount - 1;

        System.out.printf("DMN benchmark: java %s (%s), %d processors, load average %.2f; warm-up %d x %d ms, measured %d x %d ms%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), loadAverage(), warmup, millis, iterations, millis);

        List<Escalation> escalation = DmnTables.escalationInputs(inputCount, 42);
        double[] findings = DmnTables.tierInputs(inputCount, 43, 40, DmnTables.FINDINGS_BOUNDARIES);
        double[] notice = DmnTables.tierInputs(inputCount, 44, 21, DmnTables.NOTICE_BOUNDARIES);
        String[] rationales = DmnTables.escalationRationales();

        Map<Variant, DmnEngine> engines = new LinkedHashMap<>();
        for (Variant v : Variant.values()) {
            engines.put(v, DmnTables.engine(v));
        }

        List<String> results = new ArrayList<>();
        // ---- escalation ladder (7 inputs, 13 rules, hit policy FIRST, 2 outputs)
        {
            Map<String, IntConsumer> ops = new LinkedHashMap<>();
            for (Variant v : Variant.values()) {
                DmnEngine engine = engines.get(v);
                DmnDecision decision = DmnTables.parse(engine, DmnTables.ESCALATION, v);
                for (int i = 0; i < inputCount; i++) {
                    Escalation in = escalation.get(i);
                    int rule = DmnTables.escalationRule(in);
                    String expected = DmnTables.ESCALATION_NEXT[rule] + "|" + rationales[rule] + "|";
                    String got = DmnTables.outcome(engine.evaluateDecision(decision, in.variables()).getSingleResult(),
                            "nextStep", "rationale");
                    check(v, "escalation-ladder", in.toString(), expected, got);
                }
                ops.put(v.name(), i -> {
                    DmnDecisionResultEntries row = engine.evaluateDecision(decision, escalation.get(i & mask).variables())
                            .getSingleResult();
                    sink += row.<String>getEntry("nextStep").hashCode() + row.<String>getEntry("rationale").length();
                });
            }
            ops.put("JAVA", i -> {
                int rule = DmnTables.escalationRule(escalation.get(i & mask));
                sink += DmnTables.ESCALATION_NEXT[rule].hashCode() + rationales[rule].length();
            });
            results.addAll(measure("escalation-ladder", ops, warmup, iterations, millis));
        }
        // ---- the two tier tables (1 input, 4 or 5 rules, hit policy UNIQUE, 2 outputs)
        results.addAll(tiers("past-performance-findings-tiers", DmnTables.FINDINGS_TIERS, findings, engines,
                DmnTables::findingsTier, DmnTables.FINDINGS_SHARE, DmnTables.FINDINGS_LABEL, warmup, iterations, millis));
        results.addAll(tiers("schedule-notice-tiers", DmnTables.NOTICE_TIERS, notice, engines,
                DmnTables::noticeTier, DmnTables.NOTICE_SHARE, DmnTables.NOTICE_LABEL, warmup, iterations, millis));

        System.out.println();
        System.out.printf("load average at the end %.2f; sink %d%n", loadAverage(), sink);
        System.out.println("table | variant | median decisions/s | min | max | median per CPU second | x Java floor | x FEEL (Scala) | target 50,000/s");
        results.forEach(System.out::println);
    }

    private static List<String> tiers(String name, String resource, double[] values, Map<Variant, DmnEngine> engines,
            java.util.function.DoubleToIntFunction tier, double[] shares, String[] labels, int warmup, int iterations,
            int millis) {
        int mask = values.length - 1;
        Map<String, IntConsumer> ops = new LinkedHashMap<>();
        for (Variant v : Variant.values()) {
            DmnEngine engine = engines.get(v);
            DmnDecision decision = DmnTables.parse(engine, resource, v);
            for (double value : values) {
                int t = tier.applyAsInt(value);
                String expected = shares[t] + "|" + labels[t] + "|";
                String got = DmnTables.outcome(engine.evaluateDecision(decision,
                        Variables.createVariables().putValue("value", value)).getSingleResult(), "share", "label");
                check(v, name, String.valueOf(value), expected, got);
            }
            ops.put(v.name(), i -> {
                DmnDecisionResultEntries row = engine.evaluateDecision(decision,
                        Variables.createVariables().putValue("value", values[i & mask])).getSingleResult();
                sink += Double.hashCode(row.<Number>getEntry("share").doubleValue()) + row.<String>getEntry("label").length();
            });
        }
        ops.put("JAVA", i -> {
            int t = tier.applyAsInt(values[i & mask]);
            sink += Double.hashCode(shares[t]) + labels[t].length();
        });
        return measure(name, ops, warmup, iterations, millis);
    }

    private static void check(Variant v, String table, String input, String expected, String got) {
        if (!expected.equals(got)) {
            throw new IllegalStateException(table + " in " + v + " answered " + got + " where the Java logic answers "
                    + expected + " for " + input);
        }
    }

    private static List<String> measure(String table, Map<String, IntConsumer> ops, int warmup, int iterations, int millis) {
        System.out.println();
        System.out.println("== " + table);
        for (var op : ops.entrySet()) {
            for (int w = 0; w < warmup; w++) {
                double[] rate = iteration(op.getValue(), millis);
                System.out.printf("  warm-up %-12s %,12.0f /s  (%,.0f per CPU second)%n", op.getKey(), rate[0], rate[1]);
            }
        }
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        ops.keySet().forEach(k -> {
            wall.put(k, new double[iterations]);
            cpu.put(k, new double[iterations]);
        });
        for (int round = 0; round < iterations; round++) {
            for (var op : ops.entrySet()) {
                double[] rate = iteration(op.getValue(), millis);
                wall.get(op.getKey())[round] = rate[0];
                cpu.get(op.getKey())[round] = rate[1];
            }
            int r = round;
            System.out.println("  round " + (round + 1) + ": " + String.join(", ", wall.keySet().stream()
                    .map(k -> String.format("%s %,.0f (CPU %,.0f)", k, wall.get(k)[r], cpu.get(k)[r])).toList()));
        }
        double java = median(wall.get("JAVA"));
        double feel = median(wall.get(Variant.FEEL_SCALA.name()));
        List<String> lines = new ArrayList<>();
        for (String k : wall.keySet()) {
            double[] sorted = wall.get(k).clone();
            Arrays.sort(sorted);
            double median = median(wall.get(k));
            double perCpu = median(cpu.get(k));
            lines.add(String.format("RESULT %s | %s | %,.0f | %,.0f | %,.0f | %,.0f | %.5f | %.1f | %s", table, k, median,
                    sorted[0], sorted[sorted.length - 1], perCpu, median / java, median / feel,
                    median >= 50_000 ? "met" : perCpu >= 50_000 ? "met per CPU second only" : "MISSED"));
        }
        return lines;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * One iteration of {@code millis}: decisions per second of wall time, and per second of this thread's CPU time.
     * On a machine shared with other work the thread does not get a whole core; the second figure is what a core of
     * its own would give (the evaluations are single-threaded and do no I/O).
     */
    private static double[] iteration(IntConsumer op, int millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int i = 0;
        long now;
        do {
            for (int k = 0; k < 256; k++) {
                op.accept(i++);
            }
        } while ((now = System.nanoTime()) < end);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new double[] {i / ((now - start) / 1e9), i / (cpu / 1e9)};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static int intOption(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }
}
