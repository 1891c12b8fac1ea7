package org.popcheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one strict tree reader of the journal and the assessment: a name given twice is refused in the reader's words. */
class StrictTreeTest {

    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static final StrictTree.Refusals<Refused> WORDS = new StrictTree.Refusals<>() {
        public Refused twice(JsonReader r, String objectPath, String name) {
            return new Refused("twice: " + objectPath + " " + name);
        }

        public Refused badNumber(JsonReader r, String text) {
            return new Refused("number: " + text);
        }

        public Refused noValue(JsonReader r) {
            return new Refused("no value");
        }
    };

    private static JsonElement read(String json) throws Exception {
        JsonReader r = new JsonReader(new StringReader(json));
        r.setStrictness(Strictness.STRICT);
        return StrictTree.read(r, WORDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1, \"a\": 2}|twice: $ a",
        "{\"facts\": {\"pain\": 1, \"pain\": 2}}|twice: $.facts pain",
        "{\"entries\": [{\"id\": \"x\", \"id\": \"y\"}]}|twice: $.entries[0] id",
        "[1e999999999999]|number: 1e999999999999",
    })
    void aNameGivenTwiceOrAnImpossibleNumberIsRefusedInTheReadersWords(String json, String expected) {
        Refused e = assertThrows(Refused.class, () -> read(json));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aDocumentIsReadWholeWithExactNumbers() throws Exception {
        JsonElement tree = read("{\"a\": [0.1, true, null, \"x\"], \"b\": {\"c\": 10000000000000000000001}}");
        assertEquals(new BigDecimal("0.1"), tree.getAsJsonObject().getAsJsonArray("a").get(0).getAsBigDecimal());
        assertEquals(new BigDecimal("10000000000000000000001"), tree.getAsJsonObject().getAsJsonObject("b").get("c").getAsBigDecimal());
    }
}
