package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The background warm-up after the first frame: it runs every step, and a failure is reported, not swallowed. */
class WarmUpTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final AtomicReference<RuntimeException> reported = new AtomicReference<>();

    @Test
    void runsEveryStepInOrderAndReportsNothingWhenAllRead() throws InterruptedException {
        AppContext.inBackground("test-warm-up", List.of(() -> ran.add("rules"), () -> ran.add("catalog"), () -> ran.add("planner")),
                reported::set).join(10_000);
        assertEquals(List.of("rules", "catalog", "planner"), ran);
        assertNull(reported.get());
    }

    @Test
    void aFileThatCannotBeReadIsHandedOnAndStopsTheRest() throws InterruptedException {
        for (RuntimeException broken : List.of(new IllegalStateException("rules.json: unknown level 'SOON'"),
                new org.popcheck.triage.RuleFileException("names unknown fact 'x'"),
                new org.popcheck.causes.CauseFileException("causes.json: unknown region 'TAIL'"))) {
            ran.clear();
            reported.set(null);
            AppContext.inBackground("test-warm-up", List.of(() -> ran.add("rules"), () -> { throw broken; }, () -> ran.add("planner")),
                    reported::set).join(10_000);
            assertEquals(List.of("rules"), ran, "nothing after the failing step");
            assertSame(broken, reported.get(), "the failure itself, with its message, is handed on");
        }
    }

    @Test
    void theAppsWarmUpReadsTheShippedFilesWithoutAFailure() throws InterruptedException {
        AppContext context = AppContext.create(java.nio.file.Path.of("target", "warm-up-test-unused"));
        context.warmUpInBackground(reported::set).join(60_000);
        assertNull(reported.get(), "the files that ship with the app must read without a failure");
    }

    @Test
    void theMessageForThePersonNamesTheProblem() {
        for (String detail : List.of("rules.json is not valid JSON: End of input at line 1 column 48", "causes.json: unknown region 'TAIL'")) {
            String text = org.popcheck.i18n.Messages.get("common.startup.badAssets", detail);
            assertTrue(text.contains(detail), text);
            assertTrue(text.startsWith("PopCheck's built-in check could not be read"), text);
        }
    }
}
