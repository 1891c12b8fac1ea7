package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.popcheck.settings.Settings;

class SummaryPrinterTest {

    @Test
    void withNoPrinterItSaysSoWithoutOpeningAPrintJob() throws Exception {
        SummaryPrinter printer = new SummaryPrinter(() -> false, () -> {
            fail("no print job may be started when there is no printer");
            return null;
        });
        LocalDate today = LocalDate.of(2026, 11, 20);
        Summary s = SampleJournal.builder().build(List.of(), ReportPeriod.lastDays(30, today), null, today);
        try (PDDocument doc = SummaryPdf.render(s, Settings.Paper.A4)) {
            assertEquals(SummaryPrinter.Result.NO_PRINTER, printer.print(doc, Settings.Paper.A4, "test"));
        }
    }
}
