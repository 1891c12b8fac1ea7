package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;

/**
 * Who made a saved check is kept in the file (version 3), not guessed from the entry's ticked signs: a
 * safety-net check beside no ticked signs passed for a wizard run, and led the summary's latest check.
 * Version 1 and 2 files still read, by the rule they were written under, and are never lost.
 */
class CheckSourceTest {

    private static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);
    private static final String CHECK = "{\"assessment\": {\"age\": 40, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}],"
            + " \"facts\": {}}, \"level\": \"consultation\", \"rules\": []%s}";

    @TempDir
    Path dir;

    private static String entry(String id, String signs, String source) {
        return "{\"id\": \"" + id + "\", \"at\": \"2026-03-01T10:00:00Z\", \"region\": \"ankle\", \"side\": \"left\"" + signs
                + ", \"assessment\": " + CHECK.formatted(source) + "}";
    }

    @Test
    void aSafetyNetCheckIsKnownAsSuchWithoutTickedSigns() throws IOException {
        SavedAssessment net = SavedAssessment.ofSafetyNet(new Assessment(40, List.of(LEFT_ANKLE), Map.of()), Level.CONSULTATION,
                List.of(), false);
        JournalEntry e = new JournalEntry("q", Entries.at("2026-03-01T10:00:00Z"), LEFT_ANKLE, null, null, 2, null, List.of(), "", false,
                null, net);
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(e);
        }
        JournalEntry back = JournalStore.readEntries(dir).get(0);
        assertEquals(SavedAssessment.Source.SAFETY_NET, back.assessment().source());
        assertFalse(EntrySigns.isWizardCheck(back), "no ticked signs, and still the safety net's check");
        String text = Files.readString(dir.resolve(JournalStore.FILE), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"source\": \"safety_net\""), text);
        assertTrue(text.contains("\"schemaVersion\": 3"), text);
    }

    @Test
    void aVersion2FileReadsByTheRuleItWasWrittenUnderAndIsKeptAsItWasOnTheNextSave() throws IOException {
        String v2 = "{\"schemaVersion\": 2, \"entries\": [" + entry("wizard", "", "") + ", "
                + entry("net", ", \"warning_signs\": [\"swelling\"]", "") + "]}";
        Files.writeString(dir.resolve(JournalStore.FILE), v2, StandardCharsets.UTF_8);
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(SavedAssessment.Source.WIZARD, store.find("wizard").orElseThrow().assessment().source());
            assertEquals(SavedAssessment.Source.SAFETY_NET, store.find("net").orElseThrow().assessment().source());
            assertEquals(v2, Files.readString(dir.resolve(JournalStore.FILE)), "reading changes nothing");
            store.add(Entries.quick(3, "2026-03-02T10:00:00Z"));
        }
        assertEquals(v2, Files.readString(dir.resolve(JournalStore.BACKUP)), "the version 2 file is kept as the backup");
        String v3 = Files.readString(dir.resolve(JournalStore.FILE));
        assertTrue(v3.contains("\"schemaVersion\": 3"), v3);
        assertTrue(v3.contains("\"source\": \"wizard\"") && v3.contains("\"source\": \"safety_net\""), v3);
        List<JournalEntry> again = JournalStore.readEntries(dir);
        assertEquals(3, again.size(), "nothing dropped");
    }

    @Test
    void aSourceNamedInTheFileIsTakenAsItIsAndAnUnknownOneIsRefused() throws IOException {
        String v3 = "{\"schemaVersion\": 3, \"entries\": [" + entry("w", ", \"warning_signs\": [\"swelling\"]", ", \"source\": \"wizard\"")
                + ", " + entry("n", "", ", \"source\": \"safety_net\"") + "]}";
        Files.writeString(dir.resolve(JournalStore.FILE), v3, StandardCharsets.UTF_8);
        Map<String, JournalEntry> read = new java.util.HashMap<>();
        JournalStore.readEntries(dir).forEach(e -> read.put(e.id(), e));
        assertEquals(SavedAssessment.Source.WIZARD, read.get("w").assessment().source(), "ticked signs do not overrule the file");
        assertEquals(SavedAssessment.Source.SAFETY_NET, read.get("n").assessment().source());
        Files.writeString(dir.resolve(JournalStore.FILE), "{\"schemaVersion\": 3, \"entries\": ["
                + entry("x", "", ", \"source\": \"phone\"") + "]}", StandardCharsets.UTF_8);
        JournalException refused = assertThrows(JournalException.class, () -> JournalStore.readEntries(dir));
        assertTrue(refused.getMessage().contains("unknown source \"phone\""), refused.getMessage());
    }
}
