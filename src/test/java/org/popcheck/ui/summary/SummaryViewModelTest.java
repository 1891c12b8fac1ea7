package org.popcheck.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.journal.JournalEntry;
import org.popcheck.report.ReportPeriod;
import org.popcheck.report.SummaryBuilder;

/** The view model without the toolkit: only its properties and the period rules. */
class SummaryViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final SummaryViewModel model = new SummaryViewModel(List::of, () -> SummaryBuilder.standard("112"), () -> TODAY);

    private static JournalEntry on(LocalDate day) {
        return new JournalEntry(day.toString(), day.atTime(10, 0).atOffset(ZoneOffset.UTC), null, null, null, 1,
                List.of(), List.of(), "", false, List.of(), null);
    }

    @Test
    void theLastThirtyDaysEndToday() {
        ReportPeriod p = SummaryViewModel.period(SummaryViewModel.PeriodChoice.DAYS_30, null, null, List.of(), TODAY);
        assertEquals(TODAY, p.to());
        assertEquals(30, p.days());
    }

    @Test
    void everythingStartsAtTheFirstEntry() {
        List<JournalEntry> all = List.of(on(LocalDate.of(2025, 2, 3)), on(LocalDate.of(2026, 1, 1)));
        ReportPeriod p = SummaryViewModel.period(SummaryViewModel.PeriodChoice.ALL, null, null, all, TODAY);
        assertEquals(LocalDate.of(2025, 2, 3), p.from());
        assertEquals(TODAY, p.to());
    }

    @Test
    void everythingOfAnEmptyJournalIsToday() {
        ReportPeriod p = SummaryViewModel.period(SummaryViewModel.PeriodChoice.ALL, null, null, List.of(), TODAY);
        assertEquals(1, p.days());
    }

    @Test
    void customDatesMustBothBeChosen() {
        model.periodProperty().set(SummaryViewModel.PeriodChoice.CUSTOM);
        model.customFromProperty().set(TODAY);
        assertFalse(model.choiceIsValid());
        assertEquals("Choose both a start and an end date.", model.statusProperty().get());
    }

    @Test
    void customDatesTheWrongWayRoundAreRefused() {
        model.periodProperty().set(SummaryViewModel.PeriodChoice.CUSTOM);
        model.customFromProperty().set(TODAY);
        model.customToProperty().set(TODAY.minusDays(1));
        assertFalse(model.choiceIsValid());
        model.customToProperty().set(TODAY.plusDays(1));
        assertTrue(model.choiceIsValid());
    }

    @Test
    void theSuggestedFileNameCarriesTheDate() {
        assertEquals("popcheck-summary-2026-11-20.pdf", model.defaultFileName());
    }
}
