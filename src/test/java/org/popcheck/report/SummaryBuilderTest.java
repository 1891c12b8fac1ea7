package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.JournalEntry;
import org.popcheck.triage.Level;

class SummaryBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void onlyEntriesInsideThePeriodAreInTheLog() {
        List<JournalEntry> entries = SampleJournal.threeADay(TODAY, 60);
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(90, s.log().size());
        assertTrue(s.log().stream().allMatch(e -> !e.at().toLocalDate().isBefore(TODAY.minusDays(29))));
    }

    @Test
    void exerciseSessionsArePerWeekOfThePeriod() {
        Summary s = SampleJournal.builder().build(SampleJournal.threeADay(TODAY, 28), ReportPeriod.lastDays(28, TODAY), null, TODAY);
        assertEquals(28, s.adherence().sessions());
        assertEquals(7.0, s.adherence().perWeek(), 1e-9);
        assertEquals(List.of("Calf raises", "Ankle circles"), s.adherence().byExercise().stream().map(Summary.ExerciseCount::name).toList());
    }

    @Test
    void theTrendCountsPopsAndAveragesPainPerJoint() {
        List<JournalEntry> entries = List.of(
                SampleJournal.entry("1", SampleJournal.at(TODAY, 8), SampleJournal.LEFT_ANKLE, 2, null, null, List.of(), List.of(), "", false, List.of(), null),
                SampleJournal.entry("2", SampleJournal.at(TODAY, 9), SampleJournal.LEFT_ANKLE, 6, null, null, List.of(), List.of(), "", false, List.of(), null),
                SampleJournal.entry("3", SampleJournal.at(TODAY, 10), SampleJournal.LEFT_ANKLE, null, null, null, List.of(), List.of(), "", false, List.of(), null));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(7, TODAY), null, TODAY);
        Summary.JointTrend ankle = s.trends().get(0);
        assertEquals(7, ankle.points().size(), "one point per day in a week");
        Summary.TrendPoint last = ankle.points().get(6);
        assertEquals(3, last.pops());
        assertEquals(4.0, last.meanPain(), 1e-9);
        assertNull(ankle.points().get(0).meanPain(), "no pain logged that day means no point, not zero");
    }

    @Test
    void aNewUsersWeekFillsTheChartOfTheDefaultNinetyDays() {
        // a journal begun 9 days ago: the 90-day summary charts those 9 days one point a day, not 90 mostly empty days
        Summary s = SampleJournal.builder().build(SampleJournal.threeADay(TODAY, 9), ReportPeriod.lastDays(90, TODAY), null, TODAY);
        Summary.JointTrend first = s.trends().get(0);
        assertEquals(9, first.points().size());
        assertEquals(TODAY.minusDays(8), first.points().get(0).start());
        assertTrue(s.trends().stream().anyMatch(t -> t.points().get(0).pops() > 0), "the first point is the first day logged");
        // one day of use still spans a week, so a single bar is not drawn across the page
        Summary one = SampleJournal.builder().build(SampleJournal.threeADay(TODAY, 1), ReportPeriod.lastDays(90, TODAY), null, TODAY);
        assertEquals(SummaryBuilder.MIN_CHARTED_DAYS, one.trends().get(0).points().size());
        // a journal older than the period charts the whole period
        Summary old = SampleJournal.builder().build(SampleJournal.threeADay(TODAY, 40), ReportPeriod.lastDays(20, TODAY), null, TODAY);
        assertEquals(20, old.trends().get(0).points().size());
    }

    @Test
    void aYearIsChartedInAtMostTwentySevenPoints() {
        assertTrue(SummaryBuilder.bucketDays(ReportPeriod.lastDays(365, TODAY)) % 7 == 0);
        Summary s = SampleJournal.builder().build(SampleJournal.threeADay(TODAY, 365), ReportPeriod.lastDays(365, TODAY), null, TODAY);
        assertTrue(s.trends().stream().allMatch(t -> t.points().size() <= SummaryBuilder.MAX_TREND_POINTS));
    }

    @Test
    void theLatestCheckIsReTriagedAndItsWarningAnswersListed() {
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 10));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(1), 12)));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(10, TODAY), "  Ana  ", TODAY);
        assertEquals("Ana", s.name());
        assertEquals(47, s.age());
        assertEquals(Level.CONSULTATION_24, s.latest().level());
        assertTrue(s.latest().recomputed());
        assertTrue(s.latest().reasons().get(0).contains(SampleJournal.REASON_TEXT));
        assertTrue(s.warningAnswers().stream().anyMatch(a -> a.factId().equals("night_pain") && a.answer() == Answer.YesNo.UNSURE));
        assertFalse(s.warningAnswers().stream().anyMatch(a -> a.factId().equals("pain")), "numbers are not yes/no questions");
    }

    /**
     * A warning sign logged before any check is triaged at an age assumed for caution (SafetyNet); that
     * age is kept with the entry but is not the person's: the summary gives the wizard's age, or none.
     */
    @Test
    void anAgeAssumedByTheJournalsSafetyNetNeverReachesTheSummary() {
        org.popcheck.journal.SafetyNet net = new org.popcheck.journal.SafetyNet(org.popcheck.triage.TriageEngine.standard(), FactCatalog.standard());
        for (String sign : List.of("limp", "unable_to_bear_weight", "fever")) {
            JournalEntry logged = new JournalEntry("s-" + sign, SampleJournal.at(TODAY.minusDays(1), 9),
                    new org.popcheck.body.BodySite(org.popcheck.body.Region.HIP, org.popcheck.body.Side.LEFT), "pop", "daily", 4, null,
                    List.of(sign), "", false, null, null);
            org.popcheck.triage.UnknownAgeTriage.Outcome f = net.check(logged, List.of(), "112").orElseThrow();
            JournalEntry kept = new JournalEntry(logged.id(), logged.at(), logged.site(), logged.sound(), logged.frequency(), logged.pain(),
                    null, logged.warningSigns(), "", false, null, org.popcheck.journal.SafetyNet.saved(f));
            Summary alone = SampleJournal.builder().build(List.of(kept), ReportPeriod.lastDays(10, TODAY), null, TODAY);
            assertNull(alone.age(), sign + ": the age " + f.asked().age() + " was assumed, not given");
            List<JournalEntry> withARun = List.of(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(3), 12)), kept);
            assertEquals(47, SampleJournal.builder().build(withARun, ReportPeriod.lastDays(10, TODAY), null, TODAY).age(),
                    sign + ": the age given in the wizard");
        }
    }

    @Test
    void whenTheEngineFailsTheSavedLevelAndRulesAreShown() {
        SummaryBuilder noEngine = new SummaryBuilder(a -> {
            throw new UnsupportedOperationException("no engine");
        }, FactCatalog.standard(), ExerciseCatalog.standard());
        List<JournalEntry> entries = List.of(SampleJournal.savedCheck(SampleJournal.at(TODAY, 12)));
        Summary s = noEngine.build(entries, ReportPeriod.lastDays(3, TODAY), null, TODAY);
        assertFalse(s.latest().recomputed());
        assertEquals(Level.CONSULTATION_24, s.latest().level());
        assertEquals(List.of("ankle_injury_swelling"), s.latest().reasons());
    }

    @Test
    void theRealEngineReTriagesASavedCheck() {
        List<JournalEntry> entries = List.of(SampleJournal.savedCheck(SampleJournal.at(TODAY, 12)));
        Summary s = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(3, TODAY), null, TODAY);
        assertTrue(s.latest().recomputed());
        assertFalse(s.latest().reasons().isEmpty(), "an injury with swelling fires at least one rule");
    }

    /** A grinding ankle at 60 (worn cartilage fits) saved with a level; the causes as the wizard saved them. */
    private static JournalEntry grindingAnkleSavedAt(Level levelThen) {
        org.popcheck.assessment.Assessment a = new org.popcheck.assessment.Assessment(60, List.of(SampleJournal.LEFT_ANKLE), java.util.Map.of(
                "sound", new Answer.Choice("grind"), "pain", new Answer.Number(4), "reduced_motion", Answer.YesNo.YES,
                "duration_days", new Answer.Number(400), "fever", Answer.YesNo.YES, "hot_red_joint", Answer.YesNo.YES));
        var causes = org.popcheck.causes.CauseRanker.standard().rank(a).stream()
                .map(c -> new org.popcheck.journal.SavedAssessment.SavedCause(c.cause().id(), c.likelihood().id())).toList();
        assertFalse(causes.isEmpty(), "worn cartilage fits");
        return SampleJournal.entry("check", SampleJournal.at(TODAY, 12), SampleJournal.LEFT_ANKLE, 4, "grind", "daily", List.of(),
                List.of(), "", false, List.of(), new org.popcheck.journal.SavedAssessment(a, levelThen, List.of("r"), causes));
    }

    @Test
    void anEmergencyCheckListsNoCauseOnTheSummaryAsThePersonWasShownNone() {
        // Level now from the real engine (fever with a hot joint: emergency), and from a saved emergency
        // with an engine that now says less: either way no cause is listed.
        Summary real = SummaryBuilder.standard("112").build(List.of(grindingAnkleSavedAt(Level.EMERGENCY)),
                ReportPeriod.lastDays(3, TODAY), null, TODAY);
        assertTrue(real.latest().level().isEmergency(), real.latest().level().id());
        assertEquals(List.of(), real.latest().causes());
        Summary savedThen = SampleJournal.builder().build(List.of(grindingAnkleSavedAt(Level.EMERGENCY_AMBULANCE)),
                ReportPeriod.lastDays(3, TODAY), null, TODAY);
        assertEquals(Level.CONSULTATION_24, savedThen.latest().level());
        assertEquals(List.of(), savedThen.latest().causes());
        Summary calmer = SampleJournal.builder().build(List.of(grindingAnkleSavedAt(Level.CONSULTATION_24)),
                ReportPeriod.lastDays(3, TODAY), null, TODAY);
        assertTrue(calmer.latest().causes().stream().anyMatch(c -> c.contains("Worn cartilage")), calmer.latest().causes().toString());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(TODAY, TODAY.minusDays(1)));
    }
}
