package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;

class TriageTextsTest {

    private final TriageTexts texts = TriageTexts.standard();
    private final FactCatalog catalog = FactCatalog.standard();

    @Test
    void theEmergencyLevelsNameTheEmergencyNumber() {
        assertTrue(texts.advice(Level.EMERGENCY_AMBULANCE, "911").contains("911"));
        assertTrue(texts.advice(Level.EMERGENCY, "999").contains("999"));
    }

    @Test
    void everyLevelHasAdviceWithNoSlotLeftOver() {
        for (Level level : Level.values()) {
            String advice = texts.advice(level, "112");
            assertTrue(!advice.isBlank() && !advice.contains("{"), level + ": " + advice);
        }
    }

    @Test
    void everyYesNoWarningSignHasAWatchSentence() {
        // A broader sign that only opens the signs filed under it ("pain shooting down an arm or a leg") is
        // watched through those signs, each with its own sentence.
        java.util.Set<String> broader = new java.util.HashSet<>();
        catalog.all().forEach(f -> {
            if (f.listedUnder() != null) {
                broader.add(f.listedUnder());
            }
        });
        for (FactDefinition f : catalog.all()) {
            // Every sign of version 2, the emergency signs and how an injury happened included.
            boolean sign = List.of("warning", "emergency").contains(f.group())
                    || f.group().equals("onset") && f.raises() && !f.id().equals("injury");
            if (f.type() == FactType.YESNO && sign && !broader.contains(f.id())) {
                assertTrue(texts.watchSentences().containsKey(f.id()), "no watch sentence for " + f.id());
            }
        }
    }

    @Test
    void adviceWithoutTheNumberSlotAtAnEmergencyLevelIsRefused() {
        String advice = "{\"advice\": {\"emergency_ambulance\": \"Call now.\", \"emergency\": \"Go {number}.\","
                + " \"consultation_24\": \"a\", \"consultation\": \"b\", \"self_care\": \"c\"}}";
        var e = assertThrows(RuleFileException.class,
                () -> TriageTexts.load(new StringReader(advice), new StringReader("{\"watch\": {}}"), catalog));
        assertEquals("advice.json: the advice for 'emergency_ambulance' must name the emergency number as {number}", e.getMessage());
    }

    @Test
    void aWatchSentenceForAnUnknownFactIsRefused() {
        String advice = "{\"advice\": {\"emergency_ambulance\": \"{number}\", \"emergency\": \"{number}\","
                + " \"consultation_24\": \"a\", \"consultation\": \"b\", \"self_care\": \"c\"}}";
        var e = assertThrows(RuleFileException.class,
                () -> TriageTexts.load(new StringReader(advice), new StringReader("{\"watch\": {\"feverish\": \"x\"}}"), catalog));
        assertEquals("watch.json: unknown fact 'feverish'", e.getMessage());
    }
}
