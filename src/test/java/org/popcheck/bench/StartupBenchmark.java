package org.popcheck.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.app.StartupProbe;

/**
 * Time from process start to the first screen shown and ready, for several ways of starting, in one
 * run, interleaved (each round starts each once, in a rotating order) so that load on the machine
 * hits all alike:
 * <ul>
 *   <li>bare window, Java 17: a JavaFX window with one label, from the same jar, on this JVM;</li>
 *   <li>bare window, Java 25 with an AOT cache made for it by one training start, started as issue 19
 *       measured it: {@code -XX:AOTCache} and no other option (needs a JDK 25: {@code -Dbench.jdk25=...}
 *       or /usr/lib/jvm). This is the reference of the goal;</li>
 *   <li>the same bare window with the packaged app's own JVM options as well (the quick compiler
 *       only, no JavaFX warnings): a stricter reference, since those options speed the bare window up
 *       as much as the app;</li>
 *   <li>PopCheck's jar on Java 17 ({@code java -jar}, this JVM), as a person starts it: it starts
 *       the window in a second JVM with its start-up archive (JarRelaunch), made by the warm-up start;</li>
 *   <li>the same jar kept in one JVM ({@code -Dpopcheck.relaunch=false}), as before the relaunch;</li>
 *   <li>the jar's first start, with an empty cache folder each time (it makes its archive as it quits);</li>
 *   <li>the packaged app ({@code mvn -B -Pdist package} first), whatever runtime it carries.</li>
 * </ul>
 * With {@code -Dbench.jarBefore=/path/popcheck.jar} another build's jar, and with
 * {@code -Dbench.appBefore=/path/PopCheck/bin/PopCheck} another build's app image, is started in the
 * same rounds (to weigh a change). Prints each median with its range, and the ratio of every pair, for the
 * wall time and, with GNU time, the CPU time of each start; then, for each kind of start, the
 * median moment each start-up phase ended (JVM at main, toolkit up, window built, shown, ready),
 * which says where the difference between them lies. Needs a display:
 * {@code xvfb-run -a mvn -B -Pbenchmarks verify}.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.startup.runs", 9);
    private static final Path JAR = Path.of("target/popcheck.jar");
    private static final Path APP_IMAGE = Path.of("target/dist/PopCheck");
    /** GNU time, for the CPU time of each start. */
    private static final String TIME = "/usr/bin/time";
    private static final String BARE_MAIN = "org.popcheck.app.BareWindow$Main";
    /** The packaged app's JVM options on Java 25 (packaging/dist.sh), so the bare window runs alike. */
    private static final List<String> PACKAGED_OPTIONS_25 =
            List.of("-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    /** Issue 19's reference: the bare window on Java 25 with an AOT cache, no other JVM option. */
    private static final String BARE_25 = "bare window, Java 25 + AOT cache";
    private static final String BARE_25_TUNED = "bare 25 + AOT + packaged options";
    private static final String PACKAGED = "packaged app";
    /** Issue 19's goal: the packaged app at most this many times the bare Java 25 window with a cache. */
    private static final double GOAL_PACKAGED_OVER_BARE_25 = 1.3;

    @TempDir
    Path work;

    @Test
    void startUpOfTheBareWindowTheJarAndThePackagedApp() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "start-up needs a display: run under xvfb-run -a");
        assumeTrue(Files.exists(JAR), "build the jar first: mvn -B package");
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Map<String, Start> starts = new LinkedHashMap<>();
        starts.put("bare window, Java " + Runtime.version().feature(), new Start(List.of(java17, probe(), "-cp", JAR.toString(), BARE_MAIN), Map.of()));
        Optional<Path> jdk25 = jdk25();
        if (jdk25.isPresent()) {
            starts.put(BARE_25, bareWindowWithCache(jdk25.get(), "issue", List.of()));
            starts.put(BARE_25_TUNED, bareWindowWithCache(jdk25.get(), "tuned", PACKAGED_OPTIONS_25));
        } else {
            System.out.println("BENCH (no JDK 25 found: -Dbench.jdk25=/path/to/jdk; the bare Java 25 window is left out)");
        }
        int feature = Runtime.version().feature();
        starts.put("PopCheck jar, Java " + feature, new Start(List.of(java17, probe(), "-jar", JAR.toString()), Map.of()));
        starts.put("PopCheck jar, Java " + feature + ", one JVM",
                new Start(List.of(java17, probe(), "-Dpopcheck.relaunch=false", "-jar", JAR.toString()), Map.of()));
        starts.put("PopCheck jar, Java " + feature + ", first start", new Start(List.of(java17, probe(), "-jar", JAR.toString()), Map.of(), true));
        String before = System.getProperty("bench.jarBefore");
        if (before != null) {
            // Another build's jar (an earlier commit, say), to see a change's worth in the same run.
            starts.put("jar -Dbench.jarBefore, Java " + Runtime.version().feature(), new Start(List.of(java17, probe(), "-jar", before), Map.of()));
        }
        Path launcher = APP_IMAGE.resolve("bin/PopCheck");
        if (Files.exists(launcher) && hasCache()) {
            starts.put(PACKAGED + ", " + packagedRuntime(), new Start(List.of(launcher.toString()), Map.of("JAVA_TOOL_OPTIONS", probe())));
        } else {
            System.out.println("BENCH (no app image with a start-up cache: run mvn -B -Pdist package first)");
        }
        String appBefore = System.getProperty("bench.appBefore");
        if (appBefore != null) {
            // Another build's app image (its bin/PopCheck), to weigh a change to the packaged app in the same run.
            starts.put("packaged app -Dbench.appBefore", new Start(List.of(appBefore), Map.of("JAVA_TOOL_OPTIONS", probe())));
        }

        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        Map<String, Map<String, List<Long>>> phases = new LinkedHashMap<>();
        starts.keySet().forEach(name -> {
            times.put(name, new ArrayList<>());
            cpu.put(name, new ArrayList<>());
            phases.put(name, new LinkedHashMap<>());
        });
        for (Start s : starts.values()) {
            s.run(work); // warms the disk cache
        }
        List<String> order = new ArrayList<>(starts.keySet());
        for (int round = 0; round < RUNS; round++) {
            for (String name : order) {
                Sample sample = starts.get(name).run(work);
                times.get(name).add(sample.wallMs());
                if (sample.cpuMs() >= 0) {
                    cpu.get(name).add(sample.cpuMs());
                }
                sample.phaseMs().forEach((phase, ms) -> phases.get(name).computeIfAbsent(phase, k -> new ArrayList<>()).add(ms));
            }
            Collections.rotate(order, 1); // no kind of start always follows the same other kind
        }
        Map<String, Double> wall = report("", "wall", times);
        reportGoal(wall);
        if (cpu.values().stream().noneMatch(List::isEmpty)) {
            report("cpu ", "CPU (user + system, whole process until it quits)", cpu);
        } else {
            System.out.println("BENCH (no " + TIME + ": CPU time per start left out)");
        }
        reportPhases(phases);
    }

    /**
     * Where each start's time goes: the median moment each phase ended (StartupProbe.Phase, then
     * ready), in milliseconds from the process's start, and the step from the phase before. The
     * steps of medians need not add up to the median of the whole.
     */
    private static void reportPhases(Map<String, Map<String, List<Long>>> phases) {
        phases.forEach((name, byPhase) -> {
            StringBuilder line = new StringBuilder();
            double before = 0;
            for (Map.Entry<String, List<Long>> phase : byPhase.entrySet()) {
                double at = Figures.median(phase.getValue());
                line.append(String.format("  %s %4.0f (+%3.0f)", phase.getKey(), at, at - before));
                before = at;
            }
            System.out.printf("BENCH startup phases %-36s ms from the process's start (+ step):%s%n", name, line);
        });
    }

    /**
     * Issue 19's goal for the packaged app, against its reference (the bare Java 25 window started as
     * the issue did) and, for comparison, against the stricter reference with the packaged app's options.
     */
    private static void reportGoal(Map<String, Double> wall) {
        Optional<Double> packaged = wall.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PACKAGED + ", ")).map(Map.Entry::getValue).findFirst();
        if (packaged.isEmpty() || !wall.containsKey(BARE_25)) {
            return;
        }
        for (String reference : List.of(BARE_25, BARE_25_TUNED)) {
            double ratio = packaged.get() / wall.get(reference);
            System.out.printf("BENCH startup goal packaged app / %-36s %5.2fx (issue 19: at most %.1fx%s): %s%n",
                    reference, ratio, GOAL_PACKAGED_OVER_BARE_25, reference.equals(BARE_25) ? "" : ", a stricter reference",
                    ratio <= GOAL_PACKAGED_OVER_BARE_25 ? "met" : "not met");
        }
    }

    /** Each median with its range, then the ratio of every pair of medians; returns the medians. */
    private static Map<String, Double> report(String prefix, String what, Map<String, List<Long>> samples) {
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((name, ms) -> {
            medians.put(name, Figures.median(ms));
            System.out.printf("BENCH startup %s%-36s median %4.0f ms %s, range %d-%d ms, %d runs%n",
                    prefix, name, Figures.median(ms), what, Collections.min(ms), Collections.max(ms), ms.size());
        });
        List<String> names = new ArrayList<>(medians.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < i; j++) {
                System.out.printf("BENCH startup %sratio %-36s / %-36s %5.2fx%n", prefix, names.get(i), names.get(j),
                        medians.get(names.get(i)) / medians.get(names.get(j)));
            }
        }
        return medians;
    }

    /**
     * A bare window on Java 25 with an AOT cache made by one training start (JEP 514) in the
     * temporary folder ({@code name}.aot), started with {@code options} besides the cache's.
     */
    private Start bareWindowWithCache(Path jdk, String name, List<String> options) throws IOException, InterruptedException {
        String java = jdk.resolve("bin/java").toString();
        Path cache = work.resolve("bare-window-" + name + ".aot");
        List<String> training = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache));
        training.addAll(options);
        training.addAll(List.of(probe(), "-cp", JAR.toString(), BARE_MAIN));
        new Start(training, Map.of()).run(work);
        assumeTrue(Files.exists(cache), "the training start made no AOT cache for the bare window");
        List<String> command = new ArrayList<>(List.of(java, "-XX:AOTCache=" + cache));
        command.addAll(options);
        command.addAll(List.of(probe(), "-cp", JAR.toString(), BARE_MAIN));
        return new Start(command, Map.of());
    }

    private static boolean hasCache() {
        Path lib = APP_IMAGE.resolve("lib/app");
        return Files.exists(lib.resolve("popcheck.aot")) || Files.exists(lib.resolve("popcheck.jsa"));
    }

    private static String packagedRuntime() throws IOException {
        String release = Files.readString(APP_IMAGE.resolve("lib/runtime/release"));
        String feature = release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1");
        return "Java " + feature + (Files.exists(APP_IMAGE.resolve("lib/app/popcheck.aot")) ? " + AOT cache" : " + AppCDS");
    }

    /** {@code -Dbench.jdk25}, else the first JDK 25 or later in /usr/lib/jvm. */
    private static Optional<Path> jdk25() throws IOException {
        String given = System.getProperty("bench.jdk25");
        if (given != null) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(h -> featureOf(h) >= 25 && Files.exists(h.resolve("bin/java"))).findFirst();
        }
    }

    private static int featureOf(Path jdkHome) {
        try {
            String release = Files.readString(jdkHome.resolve("release"));
            return Integer.parseInt(release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1"));
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String probe() {
        return "-D" + StartupProbe.PROPERTY + "=true";
    }

    /**
     * One start: wall milliseconds to ready, and the CPU milliseconds the process used in all
     * (-1 without {@value #TIME}). On a machine shared with other work the CPU time is the steadier
     * figure: the wall time also holds the wait for a free core.
     */
    private record Sample(long wallMs, long cpuMs, Map<String, Long> phaseMs) {}

    /**
     * One way of starting: a command line, what it adds to the environment, and whether it gets an
     * empty cache folder (a first start) or the one all starts share.
     */
    private record Start(List<String> command, Map<String, String> env, boolean freshCache) {

        Start(List<String> command, Map<String, String> env) {
            this(command, env, false);
        }

        /** From just before the process is started to the moment it reports ready, and its CPU time. */
        Sample run(Path work) throws IOException, InterruptedException {
            Path data = Files.createTempDirectory(work, "data");
            Path cpuFile = data.resolveSibling(data.getFileName() + ".cpu");
            boolean timed = Files.isExecutable(Path.of(TIME));
            List<String> line = new ArrayList<>();
            if (timed) {
                line.addAll(List.of(TIME, "-f", "%U %S", "-o", cpuFile.toString()));
            }
            line.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            // An empty data folder: every start opens the same first screen, and the person's own
            // settings and journal are neither read nor touched.
            pb.environment().put("POPCHECK_DATA_DIR", data.toString());
            // Never the person's own cache folder (~/.cache/popcheck): the jar's start-up archive lives there.
            pb.environment().put("POPCHECK_CACHE_DIR",
                    (freshCache ? Files.createTempDirectory(work, "cache") : work.resolve("cache")).toString());
            long t0 = System.currentTimeMillis();
            Process p = pb.start();
            Map<String, Long> phases = new LinkedHashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String text; (text = out.readLine()) != null; ) {
                    if (text.startsWith(StartupProbe.PHASE_PREFIX)) {
                        int at = text.indexOf(StartupProbe.PHASE_SUFFIX);
                        phases.put(text.substring(StartupProbe.PHASE_PREFIX.length(), at),
                                Long.parseLong(text.substring(at + StartupProbe.PHASE_SUFFIX.length())) - t0);
                    }
                    if (text.startsWith(StartupProbe.READY_PREFIX)) {
                        long ready = Long.parseLong(text.substring(StartupProbe.READY_PREFIX.length()));
                        phases.put("ready", ready - t0);
                        p.waitFor();
                        return new Sample(ready - t0, timed ? cpuMillis(cpuFile) : -1, phases);
                    }
                }
            }
            p.waitFor();
            throw new IllegalStateException("the process never reported ready: " + command);
        }

        /** The "user system" seconds GNU time wrote (the last line: any line before is its own note). */
        private static long cpuMillis(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String[] parts = lines.get(lines.size() - 1).trim().split(" ");
            return Math.round((Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1000);
        }
    }
}
