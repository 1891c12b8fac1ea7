package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one general stop list: every warning sign is on it, and the exercises do not repeat it. */
class StopListTest {

    private final StopList list = StopList.standard();

    private boolean listed(String words) {
        return list.texts().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(words));
    }

    @Test
    void theListNamesEverySignThatShouldStopAnyExercise() {
        for (String words : List.of("sharp pain", "worse", "swelling", "gives way", "numbness", "weakness", "genitals", "urine",
                "one calf", "chest pain", "breathless", "faint")) {
            assertTrue(listed(words), "missing: " + words);
        }
        assertTrue(list.reassurance().toLowerCase(Locale.ROOT).contains("without pain"), list.reassurance());
    }

    @Test
    void noExerciseRepeatsTheGeneralListOrTheReassurance() {
        List<String> general = List.of("swelling", "gives way", "numbness", "dizz", "faint", "bladder", "unstable");
        for (Exercise e : ExerciseCatalog.standard().all()) {
            for (String stop : e.stopIf()) {
                String lower = stop.toLowerCase(Locale.ROOT);
                // The neck's stroke signs (dizziness with blurred vision or trouble speaking) are its own.
                if ((e.id().equals("chin-tuck") || e.id().equals("neck-range")) && lower.contains("vision")) {
                    continue;
                }
                general.forEach(g -> assertFalse(lower.contains(g), e.id() + " repeats the general list: " + stop));
            }
            e.tips().forEach(t -> assertFalse(t.toLowerCase(Locale.ROOT).contains("click without pain"), e.id() + ": " + t));
        }
    }

    @Test
    void aListWithoutSignsOrReassuranceIsRefusedInPlainWords() {
        var noSigns = assertThrows(IllegalArgumentException.class, () -> StopList.parse(new StringReader("{\"signs\": [], \"reassurance\": \"x\"}")));
        assertTrue(noSigns.getMessage().contains("at least one sign"), noSigns.getMessage());
        var noCalm = assertThrows(IllegalArgumentException.class, () -> StopList.parse(new StringReader("{\"signs\": [{\"id\": \"a\", \"text\": \"A\"}]}")));
        var bare = assertThrows(IllegalArgumentException.class, () -> StopList.parse(new StringReader("{\"signs\": [\"a\"], \"reassurance\": \"x\"}")));
        assertTrue(bare.getMessage().contains("\"id\" and \"text\""), bare.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> StopList.parse(new StringReader(
                "{\"signs\": [{\"id\": \"a\", \"text\": \"A\"}, {\"id\": \"a\", \"text\": \"B\"}], \"reassurance\": \"x\"}")));
        assertTrue(twice.getMessage().contains("own id"), twice.getMessage());
        assertTrue(noCalm.getMessage().contains("reassurance"), noCalm.getMessage());
    }

    /**
     * A sign that cannot wait tells the person what its triage level tells them, in that level's own
     * words, in every language: the list once said "get it checked the same day" for a painful calf
     * that the check sends to the emergency department today. A sign that can wait names no level's
     * action at all.
     */
    @Test
    void everySignThatCannotWaitSaysWhatItsTriageLevelSaysInEveryLanguage() {
        org.popcheck.i18n.Language before = org.popcheck.i18n.Messages.language();
        try {
            for (org.popcheck.i18n.Language language : org.popcheck.i18n.Language.values()) {
                org.popcheck.i18n.Messages.setLanguage(language);
                StopList list = StopList.standard();
                assertTrue(list.signs().stream().anyMatch(g -> g.care() != null), language + ": no sign that cannot wait");
                for (StopList.Sign sign : list.signs()) {
                    for (org.popcheck.triage.Level level : org.popcheck.triage.Level.values()) {
                        boolean names = sign.text().contains(level.words());
                        assertEquals(level == sign.care(), names, language + " " + sign.id() + (level == sign.care() ? " does not say " : " says ")
                                + "\"" + level.words() + "\": " + sign.text());
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(before);
        }
    }

    /** Signs that cannot wait carry the level their triage rule gives; ticking them says where to go at once. */
    @Test
    void theSignsThatCannotWaitSayWhereToGo() {
        StopList list = StopList.standard();
        assertEquals(java.util.Optional.of(org.popcheck.triage.Level.EMERGENCY_AMBULANCE), list.careNow(List.of("sharp_pain", "chest_pain", "calf_pain")));
        assertEquals(java.util.Optional.of(org.popcheck.triage.Level.EMERGENCY), list.careNow(List.of("calf_pain")));
        assertEquals(java.util.Optional.of(org.popcheck.triage.Level.EMERGENCY), list.careNow(List.of("saddle_numbness", "gives_way")));
        assertEquals(java.util.Optional.empty(), list.careNow(List.of("sharp_pain", "swelling_heat", "something_else")));
        // Every sign whose own words send the person for care now or today is marked so.
        for (StopList.Sign sign : list.signs()) {
            String words = sign.text().toLowerCase(java.util.Locale.ROOT);
            boolean saysGoNow = words.contains("emergency") || words.contains("same day");
            assertEquals(saysGoNow, sign.care() != null, sign.id() + ": " + sign.text());
        }
        IllegalArgumentException notUrgent = assertThrows(IllegalArgumentException.class, () -> StopList.parse(new java.io.StringReader(
                "{\"signs\": [{\"id\": \"a\", \"text\": \"A\", \"care\": \"consultation\"}], \"reassurance\": \"r\"}")));
        assertTrue(notUrgent.getMessage().contains("consultation"), notUrgent.getMessage());
    }
}
