package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.BodyWords;
import org.popcheck.testsupport.BodyWords.Part;
import org.popcheck.triage.TriageEngine;

/**
 * What an exercise is for speaks of the region it is shown for (a trial read "the sense of where your
 * ankle is" in a hip plan), in every language: for every exercise, each of its regions and en, es and
 * de, the purpose names no other region's body parts; the general purpose (the library, and a check of
 * several of its regions) names only what all its regions share. Through the planner, every "why" of a
 * planned exercise speaks of the places checked.
 */
class ExercisePurposesNameOnlyTheirRegionTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyExerciseShownForOneRegionNamesOnlyThatRegion(Language language) {
        Messages.setLanguage(language);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Exercise x : ExerciseCatalog.standard().all()) {
            for (Region region : x.regions()) {
                read++;
                BodyWords.report(wrong, x.id() + " at " + region.id(), language, x.purpose(EnumSet.of(region)), BodyWords.ALLOWED.get(region));
            }
        }
        assertTrue(read > 50, "exercise and region pairs read: " + read);
        assertEquals(List.of(), wrong, "exercise purposes that name another region than the one shown (" + language + ")");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theGeneralPurposeNamesOnlyWhatAllItsRegionsShare(Language language) {
        Messages.setLanguage(language);
        List<String> wrong = new ArrayList<>();
        for (Exercise x : ExerciseCatalog.standard().all()) {
            BodyWords.report(wrong, x.id() + " in general", language, x.purpose(), BodyWords.shared(x.regions()));
            BodyWords.report(wrong, x.id() + " for all its regions", language, x.purpose(x.regions()), BodyWords.shared(x.regions()));
        }
        assertEquals(List.of(), wrong, "general purposes that name a part not all the exercise's regions share (" + language + ")");
    }

    /**
     * As the result screen, the exercises screen and the command line get them: one place checked at a
     * time, painless popping and popping after an old sprain, each planned exercise's why (its cause's or
     * its own purpose) names only that place.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPlannedWhySpeaksOfThePlaceChecked(Language language) {
        Messages.setLanguage(language);
        List<String> wrong = new ArrayList<>();
        int planned = 0;
        for (Region region : Region.values()) {
            BodySite site = new BodySite(region, region.isSpine() ? Side.CENTER : Side.LEFT);
            List<Map<String, Answer>> answers = List.of(
                    Map.of("pain", new Answer.Number(0), "sound", new Answer.Choice("pop")),
                    Map.of("pain", new Answer.Number(1), "sound", new Answer.Choice("click"), "injury", Answer.YesNo.YES,
                            "injury_days_ago", new Answer.Number(200), "giving_way", Answer.YesNo.YES),
                    Map.of("pain", new Answer.Number(2), "sound", new Answer.Choice("grind"), "long_sitting", Answer.YesNo.YES));
            for (Map<String, Answer> facts : answers) {
                Assessment a = new Assessment(40, List.of(site), facts);
                CheckResult check = CheckComposer.standard().compose(a, TriageEngine.standard().evaluate(a, "112"));
                for (PlannedExercise p : check.plan().items()) {
                    planned++;
                    BodyWords.report(wrong, region.id() + ": " + p.exercise().id(), language, p.why(), BodyWords.ALLOWED.get(region));
                }
            }
        }
        assertTrue(planned > 20, "planned exercises read: " + planned);
        assertEquals(List.of(), wrong, "planned whys that name another region (" + language + ")");
    }

    @Test
    void anExerciseOfSeveralCheckedRegionsGivesItsGeneralPurpose() {
        Exercise balance = ExerciseCatalog.standard().find("single-leg-balance").orElseThrow();
        assertEquals(balance.purpose(), balance.purpose(EnumSet.of(Region.ANKLE, Region.HIP)));
        assertTrue(!balance.purpose(EnumSet.of(Region.HIP)).equals(balance.purpose(EnumSet.of(Region.ANKLE))),
                "the hip and the ankle each have their own words");
        assertEquals(balance.purpose(EnumSet.of(Region.HIP)), balance.purpose(EnumSet.of(Region.HIP, Region.SPINE_NECK)),
                "a checked region it does not serve changes nothing");
    }

    @Test
    void aRegionTextForAnotherRegionOrWithAnUnknownFieldIsRefusedByName() {
        String ok = """
                {"exercises": [{"id": "x", "name": "X", "regions": ["hip"], "stage": "strength", "daysPerWeek": 3,
                 "position": "standing", "cautions": [], "purpose": "General.", "dosage": {"sets": 1, "reps": 5, "restSeconds": 10,
                 "tempo": {"up": 1, "hold": 0, "down": 1}}, "regionText": %s}]}""";
        IllegalArgumentException notItsRegion = assertThrows(IllegalArgumentException.class,
                () -> ExerciseCatalog.parse(new StringReader(ok.formatted("{\"ankle\": {\"purpose\": \"For the ankle.\"}}"))));
        assertTrue(notItsRegion.getMessage().contains("x") && notItsRegion.getMessage().contains("ankle"), notItsRegion.getMessage());
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> ExerciseCatalog.parse(new StringReader(ok.formatted("{\"hip\": {\"why\": \"For the hip.\"}}"))));
        assertTrue(field.getMessage().contains("why"), field.getMessage());
        Exercise parsed = ExerciseCatalog.parse(new StringReader(ok.formatted("{\"hip\": {\"purpose\": \"For the hip.\"}}"))).all().get(0);
        assertEquals("For the hip.", parsed.purpose(Set.of(Region.HIP)));
    }
}
