package org.popcheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A first JVM for {@link OrphanedWindowQuitsTest}: plans the second JVM with {@link RelaunchPlan}
 * and runs it with {@link JarRelaunch}, as {@code java -jar popcheck.jar} does, but from the test's
 * class path (a jar that only names it) and with the window headless.
 *
 * <p>Arguments: the jar, the cache folder, then the second JVM's system properties ({@code -D...}).
 */
public final class RelaunchingParent {

    private RelaunchingParent() {}

    public static void main(String[] args) {
        Path jar = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        List<String> properties = List.of(args).subList(2, args.length);
        List<String> arguments = new java.util.ArrayList<>(properties);
        arguments.addAll(List.of("-cp", jar.toString(), Launcher.class.getName()));
        RelaunchPlan plan = RelaunchPlan.of(new RelaunchPlan.Context(arguments, jar, 1, 1, Path.of(System.getProperty("java.home")),
                System.getProperty("java.vm.version", ""), Runtime.version().feature(), Map.of(), null, false, false, cache,
                archive -> false, false, ProcessHandle.current().pid(), System.currentTimeMillis())).orElseThrow();
        System.exit(JarRelaunch.run(plan).orElse(99));
    }
}
