package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SafetyNet;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.UnknownAgeTriage;
import org.popcheck.settings.Settings;

/**
 * The clinician summary of a journal whose latest check was made from a logged warning sign before any
 * age was known (the journal's safety net ran the rules at a spread of ages). Run again at the one age
 * kept with it, such a check put a child's reason among an adult's on page one; it now keeps the most
 * cautious level over the ages, as the journal did, and sets the reasons that hold at some ages only apart.
 */
class SummaryAgeNotKnownTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A journal entry with a warning sign, checked the way the journal checks it, with no age known. */
    private static JournalEntry checkedWithNoAge(Region region, List<String> signs, int pain) {
        Side side = region.isSpine() ? Side.CENTER : Side.LEFT;
        OffsetDateTime at = TODAY.minusDays(1).atTime(9, 0).atOffset(ZoneOffset.UTC);
        JournalEntry logged = new JournalEntry("e", at, new BodySite(region, side), "pop", "daily", pain, null, signs, "", false, null, null);
        UnknownAgeTriage.Outcome finding = new SafetyNet(TriageEngine.standard(), FactCatalog.standard()).check(logged, List.of(), "112").orElseThrow();
        assertFalse(finding.ageKnown());
        return new JournalEntry("e", at, logged.site(), "pop", "daily", pain, null, signs, "", false, null, SafetyNet.saved(finding));
    }

    private static UnknownAgeTriage.Outcome findingOf(JournalEntry e) {
        JournalEntry asLogged = new JournalEntry(e.id(), e.at(), e.site(), e.sound(), e.frequency(), e.pain(), null, e.warningSigns(),
                "", false, null, null);
        return new SafetyNet(TriageEngine.standard(), FactCatalog.standard()).check(asLogged, List.of(), "112").orElseThrow();
    }

    @ParameterizedTest
    @CsvFileSource(resources = "/journal/unknown-age-entries.csv", delimiter = '|')
    void pageOneKeepsTheJournalsLevelAndSetsAgeBoundReasonsApart(String regionId, String signs, int pain) {
        JournalEntry e = checkedWithNoAge(Region.fromId(regionId).orElseThrow(), List.of(signs.split(" ")), pain);
        UnknownAgeTriage.Outcome finding = findingOf(e);
        Summary.LatestTriage latest = SummaryBuilder.standard("112").build(List.of(e), ReportPeriod.lastDays(30, TODAY), null, TODAY).latest();

        assertEquals(finding.level(), latest.level(), "the level the journal gave: the most cautious over the ages tried");
        assertNotNull(latest.ageNotKnown(), "the summary says the age was not known");
        List<String> ageBound = finding.reasonsForSomeAgesOnly().stream().map(Reason::text).distinct().toList();
        for (String reason : ageBound) {
            assertTrue(latest.reasons().stream().noneMatch(r -> r.startsWith(reason)), "given as the person's reason: " + reason);
            assertTrue(latest.ageNotKnown().reasonsAtSomeAgesOnly().stream().anyMatch(r -> r.startsWith(reason)), "lost: " + reason);
        }
        for (Reason r : finding.reasonsForAnyAge()) {
            assertTrue(latest.reasons().stream().anyMatch(s -> s.startsWith(r.text())), "a reason for any age is missing: " + r.text());
        }
        assertEquals(List.of(), latest.causes(), "no causes ranked at an age the person never gave");
    }

    @ParameterizedTest
    @CsvSource({"hip,unable_to_bear_weight,5", "foot,unable_to_bear_weight,6"})
    void thePdfSaysTheAgeWasNotKnownAndListsTheAgeBoundReasonsUnderTheirOwnHeading(String regionId, String sign, int pain) throws IOException {
        JournalEntry e = checkedWithNoAge(Region.fromId(regionId).orElseThrow(), List.of(sign), pain);
        List<String> ageBound = findingOf(e).reasonsForSomeAgesOnly().stream().map(Reason::text).distinct().toList();
        assertFalse(ageBound.isEmpty(), "this case needs a reason that holds at some ages only");
        Summary s = SummaryBuilder.standard("112").build(List.of(e), ReportPeriod.lastDays(30, TODAY), null, TODAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, Settings.Paper.A4, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String one = stripper.getText(doc).replaceAll("\\s+", " ");
            int note = one.indexOf("Age not known");
            int heading = one.indexOf("These hold only at some of those ages");
            assertTrue(note >= 0 && heading > note, one);
            String firstWords = ageBound.get(0).substring(0, Math.min(30, ageBound.get(0).length()));
            assertTrue(one.indexOf(firstWords, heading) > heading, "the age-bound reason under its heading: " + one);
        }
    }

    @ParameterizedTest
    @CsvSource({"9", "47"})
    void aCheckWithAnAgeThePersonGaveHasNothingSetApart(int age) {
        JournalEntry sample = SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(1), 9));
        Assessment given = sample.assessment().assessment();
        JournalEntry withAge = new JournalEntry(sample.id(), sample.at(), sample.site(), sample.sound(), sample.frequency(), sample.pain(),
                sample.triggers(), sample.warningSigns(), "", false, List.of(),
                new SavedAssessment(new Assessment(age, given.sites(), given.facts()), sample.assessment().level(), sample.assessment().ruleIds()));
        Summary.LatestTriage latest = SummaryBuilder.standard("112").build(List.of(withAge), ReportPeriod.lastDays(30, TODAY), null, TODAY).latest();
        assertNull(latest.ageNotKnown());
    }
}
