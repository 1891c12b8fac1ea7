package org.popcheck.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.popcheck.app.StartupProbe;

/**
 * Time from process start to the first wizard step shown and ready, against a bare JavaFX window
 * with one label started from the same jar with the same JVM flags, runs interleaved so that load
 * on the machine hits both alike. Needs a real display: {@code xvfb-run -a mvn -B -Pbenchmarks verify}.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.startup.runs", 7);
    private static final Path JAR = Path.of("target/popcheck.jar");
    private static final Path APP_IMAGE = Path.of("target/dist/PopCheck/bin/PopCheck");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void startUpAgainstABareWindow() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "start-up needs a display: run under xvfb-run -a");
        assumeTrue(Files.exists(JAR), "build the jar first: mvn -B package");
        boolean withImage = Files.exists(APP_IMAGE) && Files.exists(Path.of("target/dist/PopCheck/lib/app/popcheck.jsa"));

        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> packaged = new ArrayList<>();
        startOnce(List.of(JAVA, probe(), "-jar", JAR.toString()), Map.of()); // warm the disk cache
        for (int i = 0; i < RUNS; i++) {
            bare.add(startOnce(List.of(JAVA, probe(), "-cp", JAR.toString(), "org.popcheck.app.BareWindow$Main"), Map.of()));
            app.add(startOnce(List.of(JAVA, probe(), "-jar", JAR.toString()), Map.of()));
            if (withImage) {
                packaged.add(startOnce(List.of(APP_IMAGE.toString()), Map.of("JAVA_TOOL_OPTIONS", probe())));
            }
        }
        double bareMs = Figures.median(bare);
        double appMs = Figures.median(app);
        Figures.print("startup.bare-window.median", bareMs, "ms");
        Figures.print("startup.popcheck-jar.median", appMs, "ms");
        Figures.print("startup.popcheck-jar/bare-window (target <= 1.3)", appMs / bareMs, "x");
        if (withImage) {
            double packagedMs = Figures.median(packaged);
            Figures.print("startup.popcheck-app-image-with-appcds.median", packagedMs, "ms");
            Figures.print("startup.app-image-appcds/bare-window (target < 1)", packagedMs / bareMs, "x");
        } else {
            System.out.println("BENCH (no app image with a class-data archive: run mvn -B -Pdist package first)");
        }
    }

    private static String probe() {
        return "-D" + StartupProbe.PROPERTY + "=true";
    }

    /** Milliseconds from just before the process is started to the moment it reports ready. */
    private static long startOnce(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.currentTimeMillis();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(StartupProbe.READY_PREFIX)) {
                    long ready = Long.parseLong(line.substring(StartupProbe.READY_PREFIX.length()));
                    p.waitFor();
                    return ready - t0;
                }
            }
        }
        p.waitFor();
        throw new IllegalStateException("the process never reported ready: " + command);
    }
}
