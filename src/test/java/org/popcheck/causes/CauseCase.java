package org.popcheck.causes;

import static org.popcheck.testsupport.CaseTable.strings;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.testsupport.CaseTable;

/** One row of src/test/resources/causes/cases.json. {@code first} is null when no cause should fit. */
record CauseCase(String name, Assessment assessment, String first, String likelihood, List<String> tie, List<String> absent) {

    static List<CauseCase> load() {
        return CaseTable.load("/causes/cases.json", o -> new CauseCase(
                o.get("name").getAsString(),
                AssessmentJson.standard().fromTree(o.get("assessment")),
                o.get("first").isJsonNull() ? null : o.get("first").getAsString(),
                o.has("likelihood") ? o.get("likelihood").getAsString() : null,
                strings(o, "tie"),
                strings(o, "absent")));
    }

    @Override
    public String toString() {
        return name;
    }
}
