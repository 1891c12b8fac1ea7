package org.popcheck.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringTokenizer;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Whether {@code java -jar popcheck.jar} should start the app in a second JVM with start-up options
 * that a jar cannot carry, and that JVM's command line (docs/performance.md, "The jar starts itself
 * again"). No side effects: {@link JarRelaunch} runs the plan.
 *
 * <p>The second JVM gets a class-data archive of the classes the first screen needs (made by the
 * first such start, when it quits: {@code -XX:ArchiveClassesAtExit}; used by every later one:
 * {@code -XX:SharedArchiveFile}) and the quick compiler only ({@code -XX:TieredStopAtLevel=1}),
 * the packaged app's options. On Java 23 and later it also allows JavaFX 21's {@code sun.misc.Unsafe}
 * and native calls, so {@code java -jar} prints no warning there.
 *
 * <p>It is only worth it, and only safe, when the person left the JVM to us: the command line holds
 * nothing but system properties ({@code -D}) before {@code -jar} (or {@code -cp} and the launcher
 * class), the environment adds no JVM option, and the code runs from a jar (a class-data archive
 * cannot hold classes from a folder). Any other option (a heap size, an agent, a debugger, the
 * packaged app's own cache) means someone chose how this JVM runs: the app then starts in it.
 */
record RelaunchPlan(List<String> command, Path archive, Path archiveBeingMade, boolean usesArchive) {

    /** {@code -Dpopcheck.relaunch=false} starts the app in the JVM the person started. */
    static final String SWITCH = "popcheck.relaunch";
    /** Set on the second JVM, to the first one's {@code main} moment (epoch ms), so it never starts a third. */
    static final String RELAUNCHED = "popcheck.relaunched";
    static final String ARCHIVE_PREFIX = "startup-";
    /** The second JVM's crash reports, in the cache folder: this, its process id, ".log". */
    static final String CRASH_REPORT_PREFIX = "hs_err_pid";
    static final String ARCHIVE_SUFFIX = ".jsa";
    static final String MAKING_SUFFIX = ".tmp";
    /** Environment variables whose contents the {@code java} launcher adds to the command line. */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /**
     * What the plan is made from.
     *
     * @param arguments the running JVM's command line after the {@code java} program; empty when the
     *     platform does not tell (then there is no plan)
     * @param jar the jar the app's classes come from; {@code null} when they come from a folder
     * @param jarSize its size in bytes; {@code jarModified} its last change, epoch ms
     * @param javaHome the running JVM's home ({@code java.home}); {@code vmVersion} its {@code java.vm.version}
     * @param feature the running Java's feature release (17, 21, 25...)
     * @param switchValue the {@value #SWITCH} property, or {@code null}
     * @param relaunched whether {@value #RELAUNCHED} is set: this JVM is already the second one
     * @param startCacheNamed whether the packaged app's launcher named its own start-up cache
     * @param cacheDir where archives are kept ({@link CacheDirectory})
     * @param archiveUsable whether the archive for this jar and JVM is there and whole ({@link StartupArchive#isWhole})
     * @param cacheWritable whether an archive can be written to {@code cacheDir}; when not, the
     *     second JVM makes none (it would print errors as it quits)
     * @param pid this process's id, to name an archive being made without clashing with another copy,
     *     and for the second JVM to watch ({@link ParentWatch})
     * @param mainMillis when this JVM ran {@code main}, epoch ms, passed on for the start-up probe
     */
    record Context(List<String> arguments, Path jar, long jarSize, long jarModified, Path javaHome, String vmVersion,
                   int feature, Map<String, String> env, String switchValue, boolean relaunched, boolean startCacheNamed,
                   Path cacheDir, Predicate<Path> archiveUsable, boolean cacheWritable, long pid, long mainMillis) {}

    static Optional<RelaunchPlan> of(Context c) {
        if (staysByProperties(c.switchValue(), c.relaunched(), c.startCacheNamed()) || c.jar() == null
                || !onlyPropertiesBefore(c.arguments(), c.jar()) || environmentAddsOptions(c.env())) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds*=off"));
        if (c.feature() >= 24) {
            options.add("-Xlog:aot*=off"); // the archive's messages moved to this tag in Java 24
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        if (c.feature() >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        String key = key(c, options);
        Path archive = c.cacheDir().resolve(ARCHIVE_PREFIX + key + ARCHIVE_SUFFIX);
        Path making = null;
        List<String> command = new ArrayList<>();
        command.add(c.javaHome().resolve("bin").resolve("java").toString());
        command.addAll(options);
        boolean using = c.archiveUsable().test(archive);
        if (using) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // The classes come from the archive: the preload need not read them from the jar (StartupPreload).
            command.add("-D" + StartupPreload.START_CACHE + "=" + archive);
        } else if (c.cacheWritable()) {
            making = c.cacheDir().resolve(ARCHIVE_PREFIX + key + "." + c.pid() + MAKING_SUFFIX);
            command.add("-XX:ArchiveClassesAtExit=" + making);
        }
        if (c.cacheWritable()) {
            // A crash report goes to the cache folder, not into whatever folder the person started from.
            command.add("-XX:ErrorFile=" + c.cacheDir().resolve(CRASH_REPORT_PREFIX + "%p.log"));
        }
        command.add("-D" + RELAUNCHED + "=" + c.mainMillis());
        // The second JVM quits if this one is killed outright, which runs no shutdown hook (ParentWatch).
        command.add("-D" + ParentWatch.PARENT + "=" + c.pid());
        command.addAll(c.arguments());
        return Optional.of(new RelaunchPlan(List.copyOf(command), archive, making, using));
    }

    /**
     * The reasons to start in this JVM that need only system properties: switched off, already the
     * second JVM, or the packaged app (which names its own start-up cache). {@link JarRelaunch}
     * asks this first, before it reads the command line or the files, since the packaged app starts
     * through here every time.
     */
    static boolean staysByProperties(String switchValue, boolean relaunched, boolean startCacheNamed) {
        return "false".equalsIgnoreCase(switchValue) || relaunched || startCacheNamed;
    }

    /**
     * True when {@code arguments} are system properties, then {@code -jar <the jar>} or
     * {@code -cp <the jar> <main class>}, and nothing after: the app's own arguments would make it a
     * command-line run, which never gets here.
     */
    static boolean onlyPropertiesBefore(List<String> arguments, Path jar) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.startsWith("-D")) {
                continue;
            }
            int rest = arguments.size() - i;
            if (a.equals("-jar")) {
                return rest == 2 && sameFile(arguments.get(i + 1), jar);
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                return rest == 3 && sameFile(arguments.get(i + 1), jar) && !arguments.get(i + 2).startsWith("-");
            }
            return false;
        }
        return false;
    }

    private static boolean sameFile(String named, Path jar) {
        return Path.of(named).toAbsolutePath().normalize().equals(jar.toAbsolutePath().normalize());
    }

    static boolean environmentAddsOptions(Map<String, String> env) {
        for (String variable : OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value == null) {
                continue;
            }
            for (StringTokenizer tokens = new StringTokenizer(value); tokens.hasMoreTokens(); ) {
                if (!tokens.nextToken().startsWith("-D")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Names the archive after everything it depends on: an archive made by another JVM or for
     * another build of the jar is refused by the JVM (and would only slow the start), so such a
     * change gives a new name instead. Eight hex digits: a clash only costs the archive's use.
     */
    private static String key(Context c, List<String> options) {
        CRC32 crc = new CRC32();
        String parts = String.join("\n", c.javaHome().toString(), c.vmVersion(), c.jar().toAbsolutePath().toString(),
                Long.toString(c.jarSize()), Long.toString(c.jarModified()), String.join(" ", options));
        crc.update(parts.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(8 - hex.length()) + hex;
    }
}
