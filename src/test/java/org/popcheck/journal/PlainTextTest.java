package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void everyCharacterATerminalObeysIsShownEscaped() {
        assertEquals("\\x1B]0;t\\x07", PlainText.visible("\u001b]0;t\u0007"));
        assertEquals("a\\x7Fb\\x9B", PlainText.visible("a\u007fb\u009b"));
        assertEquals("\\u202Eabc\\u2066\\u200F\\u2028", PlainText.visible("\u202Eabc\u2066\u200F\u2028"));
        assertEquals("tab\\x09nl\\x0A", PlainText.visible("tab\tnl\n"));
    }

    @Test
    void ordinaryTextInAnyScriptIsLeftAsItIs() {
        for (String s : List.of("Knöchel knackt", "足首がポキッと鳴る 😣🦶", "عندما أمشي", "דנה כהן", "Щелчок", "")) {
            assertSame(s, PlainText.visible(s));
        }
    }

    @Test
    void aQuoteIsCutToAFewDozenCharactersWithoutSplittingOne() {
        String huge = "🦶".repeat(5_000_000 / 2);
        String q = PlainText.quote(huge);
        assertTrue(q.length() < 120, q);
        assertTrue(q.contains("2500000 characters"), q);
        assertTrue(q.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE), "no half character");
        assertEquals(PlainText.QUOTE_LIMIT, q.substring(1, q.indexOf('…')).codePointCount(0, q.indexOf('…') - 1));
        assertEquals("\"short\"", PlainText.quote("short"));
        assertEquals("\"\\x1B[2J\"", PlainText.quote("\u001b[2J"));
    }

    @Test
    void shortenCountsCharactersNotUnits() {
        assertEquals("🦶🦶…", PlainText.shorten("🦶🦶🦶🦶", 3));
        assertEquals("🦶🦶🦶", PlainText.shorten("🦶🦶🦶", 3));
    }
}
