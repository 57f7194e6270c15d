package org.highroad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highroad.HighroadApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where Highroad's start-up time goes (not a test; {@code bench/startup-bench.sh --steps}): starts
 * {@code HighroadApplication} once in this JVM with Spring's {@link BufferingApplicationStartup}, demo data off, a fresh
 * H2 file database in a temp dir, a random port, then prints the slowest bean creations (each includes the beans it
 * created for its dependencies, marked by their depth) and the phases of the context's refresh. The JVM's own start
 * (before {@code main}) is not in it. With {@code --database=<dir>} the H2 database is kept in that directory instead:
 * the first such start creates it, the next ones show where a restart on an existing database goes.
 */
public final class StartupSteps {

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        String kept = rest.stream().filter(a -> a.startsWith("--database=")).findFirst().orElse(null);
        rest.remove(kept);
        Path dir = kept != null ? Path.of(kept.substring("--database=".length())).toAbsolutePath()
                : Files.createTempDirectory("highroad-steps-");
        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(HighroadApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        List<String> props = new ArrayList<>(List.of("--server.port=0", "--highroad.demo-data.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/highroad") + ";AUTO_SERVER=FALSE"));
        props.addAll(rest);
        try (ConfigurableApplicationContext ctx = app.run(props.toArray(String[]::new))) {
            double total = (System.nanoTime() - t0) / 1e9;
            StartupTimeline timeline = startup.getBufferedTimeline();
            Map<Long, Long> parents = new HashMap<>();
            for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
                if (e.getStartupStep().getParentId() != null) {
                    parents.put(e.getStartupStep().getId(), e.getStartupStep().getParentId());
                }
            }
            List<String[]> beans = new ArrayList<>();
            Map<String, Long> byStep = new HashMap<>();
            for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
                StartupStep step = e.getStartupStep();
                long ms = e.getDuration().toMillis();
                if (step.getName().equals("spring.beans.instantiate")) {
                    String bean = "?";
                    for (StartupStep.Tag t : step.getTags()) {
                        if (t.getKey().equals("beanName")) {
                            bean = t.getValue();
                        }
                    }
                    int depth = 0;
                    for (Long p = step.getParentId(); p != null; p = parents.get(p)) {
                        depth++;
                    }
                    beans.add(new String[] {String.format(Locale.ROOT, "%7d", ms), "depth " + depth, bean});
                } else {
                    byStep.merge(step.getName(), ms, Long::sum);
                }
            }
            System.out.println(String.format(Locale.ROOT, "STEPS main() to ready in this JVM: %.2f s", total));
            System.out.println("STEPS phases (ms, summed over their occurrences; nested phases overlap):");
            byStep.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.println(String.format(Locale.ROOT, "  %7d  %s", e.getValue(), e.getKey())));
            System.out.println("STEPS slowest bean creations (ms, including the beans created for them):");
            beans.stream().sorted((a, b) -> b[0].trim().compareTo(a[0].trim()) == 0 ? 0
                    : Long.compare(Long.parseLong(b[0].trim()), Long.parseLong(a[0].trim()))).limit(40)
                    .forEach(b -> System.out.println("  " + b[0] + "  " + b[1] + "  " + b[2]));
        } finally {
            if (kept == null) {
                deleteAll(dir);
            }
        }
        System.exit(0);
    }

    private static void deleteAll(Path dir) throws java.io.IOException {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private StartupSteps() {
    }
}
