package org.popcheck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final Locale germany = Locale.GERMANY;

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir, germany);
        Settings chosen = Settings.defaultsFor(germany).withTheme(Settings.Theme.HIGH_CONTRAST).withTextScale(1.6)
                .withEmergencyNumber("999").withReducedMotion(true).withPaper(Settings.Paper.LETTER);
        store.save(chosen);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(chosen, loaded.settings());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void noFileMeansTheDefaultsOfTheLocaleAndNoProblem() {
        SettingsStore.Loaded loaded = new SettingsStore(dir, germany).load();
        assertEquals(Settings.defaultsFor(germany), loaded.settings());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOnesTakeTheirDefault() throws Exception {
        write("{\"theme\":\"DARK\",\"addedByANewerVersion\":{\"a\":[1,2]}}");
        Settings read = new SettingsStore(dir, germany).load().settings();
        assertEquals(Settings.Theme.DARK, read.theme());
        assertEquals(1.0, read.textScale());
        assertEquals(Settings.defaultsFor(germany).emergencyNumber(), read.emergencyNumber());
    }

    @Test
    void aBadValueNamesTheFieldKeepsTheFileAsideAndFallsBackToDefaults() throws Exception {
        assertProblem("{\"theme\":\"PURPLE\"}", "theme");
        assertProblem("{\"textScale\":\"large\"}", "textScale");
        assertProblem("{\"emergencyNumber\":\"12345678\"}", "emergency number");
        assertProblem("", "empty");
        assertProblem("{\"theme\":", "");
    }

    @Test
    void oneBadFieldTakesItsDefaultAndTheOtherSettingsAreKept() throws Exception {
        // trial 13: a bad theme name reset the emergency number the person had set to the country's default
        String content = "{\"theme\":\"PURPLE\",\"emergencyNumber\":\"000\",\"textScale\":\"large\",\"reducedMotion\":true,\"paper\":\"LETTER\"}";
        write(content);
        SettingsStore.Loaded loaded = new SettingsStore(dir, germany).load();
        Settings defaults = Settings.defaultsFor(germany);
        assertEquals(defaults.withEmergencyNumber("000").withReducedMotion(true).withPaper(Settings.Paper.LETTER), loaded.settings());
        SettingsStore.Problem problem = loaded.problem().orElseThrow();
        assertTrue(problem.partial());
        assertTrue(problem.detail().contains("theme") && problem.detail().contains("textScale"), problem.detail());
        assertFalse(problem.detail().contains("emergencyNumber"), problem.detail());
        assertTrue(problem.keptAs() != null && Files.readString(problem.keptAs()).equals(content), "kept as it was");
        // a file broken part-way keeps what came before the damage
        write("{\"emergencyNumber\":\"000\",\"theme\":");
        SettingsStore.Loaded cut = new SettingsStore(dir, germany).load();
        assertEquals("000", cut.settings().emergencyNumber());
        assertTrue(cut.problem().isPresent());
    }

    @Test
    void aDamagedWindowFileIsSimplyForgotten() throws Exception {
        SettingsStore store = new SettingsStore(dir, germany);
        store.saveWindow(new WindowPlacement(10, 20, 900, 700, false));
        assertEquals(new WindowPlacement(10, 20, 900, 700, false), store.loadWindow().orElseThrow());
        Files.writeString(dir.resolve(SettingsStore.WINDOW_FILE), "{\"x\":\"left\"}", StandardCharsets.UTF_8);
        assertTrue(store.loadWindow().isEmpty());
        Files.writeString(dir.resolve(SettingsStore.WINDOW_FILE), "{\"x\":1,\"y\":1,\"width\":20,\"height\":20}", StandardCharsets.UTF_8);
        assertTrue(store.loadWindow().isEmpty(), "a window too small to use is treated as damaged");
    }

    private void assertProblem(String content, String named) throws Exception {
        write(content);
        SettingsStore.Loaded loaded = new SettingsStore(dir, germany).load();
        assertEquals(Settings.defaultsFor(germany), loaded.settings(), content);
        SettingsStore.Problem problem = loaded.problem().orElseThrow();
        assertTrue(problem.detail().contains(named), "'" + problem.detail() + "' names " + named);
        assertFalse(Files.exists(dir.resolve(SettingsStore.SETTINGS_FILE)), "the damaged file is set aside");
        assertTrue(problem.keptAs() != null && Files.readString(problem.keptAs()).equals(content), "kept as it was");
    }

    private void write(String content) throws Exception {
        Files.writeString(dir.resolve(SettingsStore.SETTINGS_FILE), content, StandardCharsets.UTF_8);
    }
}
