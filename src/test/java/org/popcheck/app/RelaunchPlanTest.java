package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelaunchPlanTest {

    private static final Path JAR = Path.of("/opt/popcheck/popcheck.jar");
    private static final Path CACHE = Path.of("/home/ana/.cache/popcheck");
    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/java-17");

    /** A plain {@code java -jar /opt/popcheck/popcheck.jar} on Java 17 with its archive there; each test changes what it needs. */
    private static final class Start {
        List<String> arguments = List.of("-jar", JAR.toString());
        Path jar = JAR;
        long jarSize = 34_000_000;
        long jarModified = 1_700_000_000_000L;
        Path javaHome = JAVA_HOME;
        String vmVersion = "17.0.15+6";
        int feature = 17;
        Map<String, String> env = Map.of();
        String switchValue;
        boolean relaunched;
        boolean packaged;
        boolean archiveThere = true;
        boolean cacheWritable = true;

        Start args(String... a) {
            arguments = List.of(a);
            return this;
        }

        Optional<RelaunchPlan> plan() {
            return RelaunchPlan.of(new RelaunchPlan.Context(arguments, jar, jarSize, jarModified, javaHome, vmVersion, feature,
                    env, switchValue, relaunched, packaged, CACHE, p -> archiveThere, cacheWritable, 4242, 1_800_000_000_000L));
        }
    }

    @Test
    void withAnArchiveTheSecondJvmUsesItWithTheQuickCompilerThenTheSameCommandLine() {
        RelaunchPlan plan = new Start().args("-Dlang=de", "-jar", JAR.toString()).plan().orElseThrow();

        List<String> c = plan.command();
        assertEquals(JAVA_HOME.resolve("bin").resolve("java").toString(), c.get(0));
        assertTrue(c.contains("-XX:TieredStopAtLevel=1"), c.toString());
        assertTrue(c.contains("-XX:SharedArchiveFile=" + plan.archive()), c.toString());
        assertTrue(c.contains("-D" + StartupPreload.START_CACHE + "=" + plan.archive()), c.toString());
        assertTrue(c.contains("-D" + RelaunchPlan.RELAUNCHED + "=1800000000000"), c.toString());
        assertTrue(c.contains("-D" + ParentWatch.PARENT + "=4242"), "the second JVM learns whom to watch: " + c);
        assertEquals(List.of("-Dlang=de", "-jar", JAR.toString()), c.subList(c.size() - 3, c.size()),
                "the person's own command line comes last, unchanged");
        assertTrue(c.indexOf("-XX:TieredStopAtLevel=1") < c.indexOf("-jar"), "JVM options go before -jar");
        assertNull(plan.archiveBeingMade());
        assertEquals(CACHE, plan.archive().getParent());
        assertFalse(c.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")), c.toString());
    }

    @Test
    void withoutAnArchiveTheSecondJvmMakesOneUnderATemporaryNameOfItsOwn() {
        Start s = new Start();
        s.archiveThere = false;
        RelaunchPlan plan = s.plan().orElseThrow();

        assertTrue(plan.command().contains("-XX:ArchiveClassesAtExit=" + plan.archiveBeingMade()), plan.command().toString());
        assertNotEquals(plan.archive(), plan.archiveBeingMade());
        assertEquals(plan.archive().getParent(), plan.archiveBeingMade().getParent());
        assertTrue(plan.archiveBeingMade().getFileName().toString().contains("4242"), "named after this process");
        assertFalse(plan.command().stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-D" + StartupPreload.START_CACHE)), plan.command().toString());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenGetsNoArchiveNorCrashReportButTheQuickCompilerStays() {
        Start s = new Start();
        s.archiveThere = false;
        s.cacheWritable = false;
        RelaunchPlan plan = s.plan().orElseThrow();

        assertNull(plan.archiveBeingMade());
        assertFalse(plan.usesArchive());
        assertFalse(plan.command().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-XX:ErrorFile")),
                plan.command().toString());
        assertTrue(plan.command().contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aCrashReportGoesToTheCacheFolderNotWhereThePersonStartedIt() {
        RelaunchPlan plan = new Start().plan().orElseThrow();
        assertTrue(plan.command().contains("-XX:ErrorFile=" + CACHE.resolve("hs_err_pid%p.log")), plan.command().toString());
        assertTrue(plan.usesArchive());
    }

    @Test
    void theClassPathFormWithTheLauncherClassIsRelaunchedToo() {
        assertTrue(new Start().args("-cp", JAR.toString(), "org.popcheck.app.Launcher").plan().isPresent());
        assertTrue(new Start().args("-classpath", JAR.toString(), "org.popcheck.app.Launcher").plan().isPresent());
    }

    @Test
    void onNewerJavaTheSecondJvmAllowsJavaFxsUnsafeAndNativeCallsAndQuietsTheNewLogTag() {
        List<String> on17 = new Start().plan().orElseThrow().command();
        Start java25 = new Start();
        java25.feature = 25;
        List<String> on25 = java25.plan().orElseThrow().command();

        assertTrue(on25.contains("--sun-misc-unsafe-memory-access=allow"), on25.toString());
        assertTrue(on25.contains("--enable-native-access=ALL-UNNAMED"), on25.toString());
        assertTrue(on25.contains("-Xlog:aot*=off"), on25.toString());
        // Java 17 does not know these options: it would refuse to start.
        assertFalse(on17.stream().anyMatch(a -> a.startsWith("--sun-misc") || a.startsWith("--enable-native") || a.startsWith("-Xlog:aot")),
                on17.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx2g", "-XX:+UseZGC", "-agentlib:jdwp=transport=dt_socket", "-javaagent:x.jar", "-Xshare:off",
            "-XX:SharedArchiveFile=/x.jsa", "-XX:AOTCache=/x.aot", "-XX:ArchiveClassesAtExit=/x.jsa", "-Xlog:class+load",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "-ea", "-verbose:class"})
    void aJvmOptionThePersonChoseKeepsTheAppInTheirJvm(String option) {
        assertEquals(Optional.empty(), new Start().args(option, "-jar", JAR.toString()).plan());
        assertEquals(Optional.empty(), new Start().args("-Da=b", option, "-jar", JAR.toString()).plan());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"})
    void aJvmOptionFromTheEnvironmentKeepsTheAppInTheirJvmButAPropertyDoesNot(String variable) {
        Start s = new Start();
        s.env = Map.of(variable, "-Dx=1 -XX:AOTMode=record");
        assertEquals(Optional.empty(), s.plan());
        s.env = Map.of(variable, "-Xmx1g");
        assertEquals(Optional.empty(), s.plan());
        s.env = Map.of(variable, " -Dpopcheck.startupProbe=true  -Dx=1 ");
        assertTrue(s.plan().isPresent());
        s.env = Map.of(variable, "");
        assertTrue(s.plan().isPresent());
    }

    @Test
    void noSecondJvmWhenSwitchedOffAlreadyRelaunchedPackagedFromAFolderOrTheCommandLineIsUnknown() {
        Start off = new Start();
        off.switchValue = "false";
        Start second = new Start();
        second.relaunched = true;
        Start packaged = new Start();
        packaged.packaged = true;
        Start folder = new Start();
        folder.jar = null;
        for (Start kept : List.of(off, second, packaged, folder, new Start().args())) {
            assertEquals(Optional.empty(), kept.plan());
        }
        Start on = new Start();
        on.switchValue = "true";
        assertTrue(on.plan().isPresent(), "only 'false' switches it off");
    }

    @Test
    void anotherJarOrMoreThanTheLauncherOnTheCommandLineKeepsTheAppInTheirJvm() {
        assertEquals(Optional.empty(), new Start().args("-jar", "/elsewhere/other.jar").plan());
        assertEquals(Optional.empty(), new Start().args("-cp", JAR + ":/lib/extra.jar", "org.popcheck.app.Launcher").plan());
        assertEquals(Optional.empty(), new Start().args("-cp", JAR.toString()).plan());
        assertEquals(Optional.empty(), new Start().args("-jar", JAR.toString(), "extra").plan());
    }

    @Test
    void theArchiveIsNamedAfterTheJarItsSizeAndTimeAndTheJvmSoAnyChangeMakesANewOne() {
        Path archive = new Start().plan().orElseThrow().archive();
        assertEquals(archive, new Start().plan().orElseThrow().archive(), "the same jar and JVM: the same archive");

        Start bigger = new Start();
        bigger.jarSize++;
        Start newer = new Start();
        newer.jarModified += 1000;
        Start otherJvm = new Start();
        otherJvm.javaHome = Path.of("/opt/jdk-17.0.16");
        Start updatedJvm = new Start();
        updatedJvm.vmVersion = "17.0.16+8";
        for (Start changed : List.of(bigger, newer, otherJvm, updatedJvm)) {
            Path other = changed.plan().orElseThrow().archive();
            assertNotEquals(archive, other);
            assertTrue(other.getFileName().toString().matches("startup-[0-9a-f]{8}\\.jsa"), other.toString());
        }
    }
}
