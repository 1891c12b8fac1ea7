package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @AfterEach
    void probeOff() {
        System.clearProperty(StartupProbe.PROPERTY);
        StartupProbe.forget();
    }

    @Test
    void withTheProbeOnEachPhaseIsReportedInOrderBeforeReady() {
        System.setProperty(StartupProbe.PROPERTY, "true");
        StartupProbe.forget();
        StartupProbe.mark(StartupProbe.Phase.MAIN);
        StartupProbe.mark(StartupProbe.Phase.TOOLKIT);
        StartupProbe.mark(StartupProbe.Phase.SHOWN);

        List<String> lines = StartupProbe.report(1234);

        assertEquals(4, lines.size(), lines.toString());
        assertEquals(List.of("main", "toolkit", "shown"),
                lines.subList(0, 3).stream().map(StartupProbeTest::phaseOf).toList());
        for (String line : lines.subList(0, 3)) {
            long at = Long.parseLong(line.substring(line.indexOf(StartupProbe.PHASE_SUFFIX) + StartupProbe.PHASE_SUFFIX.length()));
            assertEquals(true, at > 1_600_000_000_000L, "a wall-clock time in epoch milliseconds: " + line);
        }
        assertEquals(StartupProbe.READY_PREFIX + 1234, lines.get(3));
    }

    @Test
    void inASecondJvmMainIsTheFirstJvmsMomentAndRelaunchedIsNoted() {
        System.setProperty(StartupProbe.PROPERTY, "true");
        StartupProbe.forget();
        StartupProbe.markMain("1700000000123");

        List<String> lines = StartupProbe.report(1_800_000_000_000L);

        assertEquals(StartupProbe.PHASE_PREFIX + "main" + StartupProbe.PHASE_SUFFIX + "1700000000123", lines.get(0));
        assertEquals("relaunched", phaseOf(lines.get(1)));
        assertEquals(3, lines.size(), lines.toString());
    }

    @Test
    void inTheOnlyJvmMainIsNotedNowAndNoRelaunch() {
        System.setProperty(StartupProbe.PROPERTY, "true");
        StartupProbe.forget();
        StartupProbe.markMain(null);

        List<String> lines = StartupProbe.report(1_800_000_000_000L);

        assertEquals(List.of("main"), lines.subList(0, lines.size() - 1).stream().map(StartupProbeTest::phaseOf).toList());
    }

    @Test
    void withoutTheProbeNothingIsNoted() {
        StartupProbe.forget();
        StartupProbe.mark(StartupProbe.Phase.MAIN);
        StartupProbe.mark(StartupProbe.Phase.BUILT);

        assertEquals(List.of(StartupProbe.READY_PREFIX + 5), StartupProbe.report(5));
    }

    private static String phaseOf(String line) {
        return line.substring(StartupProbe.PHASE_PREFIX.length(), line.indexOf(StartupProbe.PHASE_SUFFIX));
    }
}
