package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.popcheck.check.CheckResultJson;

/**
 * A timed activity (the walking plan) is neither counted reps nor a hold: the catalog says so as data,
 * it reads in minutes with its own words in every language, and the timer strides on instead of holding.
 */
class TimedActivityTest {

    private final ExerciseCatalog catalog = ExerciseCatalog.standard();

    /** No exercise of the catalog is timed for minutes as a "hold": a long timed dose must be an activity. */
    @Test
    void everyTimedDoseOfMoreThanAMinuteIsAnActivityNotAHold() {
        List<Exercise> activities = catalog.all().stream().filter(e -> e.dosage().isActivity()).toList();
        assertFalse(activities.isEmpty(), "the walking plan is a timed activity");
        assertTrue(activities.stream().anyMatch(e -> e.id().equals("walking-plan")));
        for (Exercise e : catalog.all()) {
            Exercise.Dosage d = e.dosage();
            if (d.isHold() && !d.isActivity()) {
                assertTrue(d.holdSeconds() <= 60, e.id() + " is timed for " + d.holdSeconds() + " s as a hold: give it an activity");
            }
            if (d.isActivity()) {
                assertEquals(0, d.holdSeconds() % 60, e.id() + " lasts whole minutes");
                assertNull(d.reps(), e.id());
            }
        }
    }

    @Test
    void everyActivityHasItsWordsInEveryLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN)) {
            ResourceBundle b = ResourceBundle.getBundle("i18n.exercises", locale);
            for (Exercise.Activity a : Exercise.Activity.values()) {
                for (String key : List.of("exercises.session.activity." + a.id(), "exercises.dosage.activity." + a.id())) {
                    assertTrue(b.containsKey(key) && !b.getString(key).isBlank(), locale + " " + key);
                }
            }
        }
    }

    @Test
    void anActivityReadsInMinutesWithItsOwnWordsNotAsAHold() {
        for (Exercise e : catalog.all()) {
            if (!e.dosage().isActivity()) {
                continue;
            }
            String words = DoseWords.dose(e.dosage());
            assertTrue(words.contains(String.valueOf(e.dosage().holdSeconds() / 60)), words);
            assertFalse(words.toLowerCase(Locale.ROOT).contains("hold"), words);
            assertFalse(words.contains(String.valueOf(e.dosage().holdSeconds())), "not in seconds: " + words);
        }
    }

    @Test
    void theTimerStridesThroughAWalkAndRunsItsMinutes() {
        for (Exercise e : catalog.all()) {
            if (!e.dosage().isActivity()) {
                continue;
            }
            GuidedSession s = new GuidedSession(e);
            s.tick(Duration.ofSeconds(GuidedSession.GET_READY_SECONDS));
            assertEquals(GuidedSession.Phase.WORK, s.phase());
            assertNull(s.cue(), "no Up / Down cues in a walk");
            assertEquals(e.dosage().holdSeconds(), s.secondsLeft());
            double lowest = 1;
            double highest = 0;
            // after the first stride the figure keeps moving: a walk has no held end position
            for (int i = 0; i < 100; i++) {
                s.tick(Duration.ofMillis(97));
                lowest = Math.min(lowest, s.figurePosition());
                highest = Math.max(highest, s.figurePosition());
            }
            assertTrue(lowest < 0.2 && highest > 0.8, e.id() + " strides between " + lowest + " and " + highest);
            s.tick(Duration.ofSeconds(e.dosage().holdSeconds()));
            assertEquals(GuidedSession.Phase.FINISHED, s.phase());
        }
    }

    @Test
    void theCatalogReadsAnActivityAndRefusesAnUnknownOneInPlainWords() {
        Exercise.Dosage d = Exercise.Dosage.activity(Exercise.Activity.WALK, 1, 5, 60);
        assertTrue(d.isActivity());
        assertEquals(300, d.holdSeconds());
        assertEquals(d, d.withAmount(300));
        assertTrue(d.withAmount(360).isActivity(), "growing a walk keeps it a walk");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exercise.Activity.fromId("swim"));
        assertTrue(e.getMessage().contains("swim") && e.getMessage().contains("walk"), e.getMessage());
    }

    @Test
    void theTriageJsonNamesTheActivityAndItsMinutes() {
        Exercise walk = catalog.find("walking-plan").orElseThrow();
        String json = CheckResultJson.doseJson(walk.dosage()).toString();
        assertTrue(json.contains("\"activity\":\"walk\"") && json.contains("\"minutes\":" + walk.dosage().holdSeconds() / 60), json);
        assertFalse(json.contains("hold_seconds"), json);
    }

    /**
     * A walk grows by whole minutes, up to half as much again and only while the guided timer runs it within the
     * session's share ({@link Progression#MOST_SECONDS}), and stays a walk; a walk already longer than the share (the
     * catalog's 5 minutes, 305 s) is not made longer by the timer (its harder version says how to build up).
     */
    @Test
    void aWalkGrowsByWholeMinutesWithinTheSessionsShare() {
        List<Exercise.Dosage> walks = new java.util.ArrayList<>();
        catalog.all().stream().filter(e -> e.dosage().isActivity()).forEach(e -> walks.add(e.dosage()));
        for (int minutes = 1; minutes <= 6; minutes++) {
            walks.add(Exercise.Dosage.activity(Exercise.Activity.WALK, 1, minutes, 60));
        }
        for (Exercise.Dosage d : walks) {
            int most = Progression.ceiling(d);
            String what = d.holdSeconds() / 60 + " minutes -> " + most + " s";
            assertEquals(0, most % 60, what);
            assertTrue(most >= d.holdSeconds() && most <= d.holdSeconds() * 3 / 2, what);
            assertTrue(Progression.withAmount(d, most).isActivity(), what);
            if (d.guidedSeconds() > Progression.MOST_SECONDS) {
                assertEquals(d.holdSeconds(), most, what);
            } else {
                assertTrue(Progression.withAmount(d, most).guidedSeconds() <= Progression.MOST_SECONDS, what);
                // the next whole minute would be too long or more than half as much again
                int next = most + 60;
                assertTrue(next > d.holdSeconds() * 3 / 2 || Progression.withAmount(d, next).guidedSeconds() > Progression.MOST_SECONDS, what);
            }
        }
        assertEquals(180, Progression.ceiling(Exercise.Dosage.activity(Exercise.Activity.WALK, 1, 2, 60)), "a 2-minute walk grows to 3");
    }
}
