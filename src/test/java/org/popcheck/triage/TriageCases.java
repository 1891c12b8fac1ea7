package org.popcheck.triage;

import static org.popcheck.testsupport.CaseTable.strings;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.testsupport.CaseTable;

/** The table of realistic cases in src/test/resources/triage/cases.json. */
record TriageCases(String name, Assessment assessment, Level level, List<String> rules, List<String> notRules) {

    static List<TriageCases> load() {
        return CaseTable.load("/triage/cases.json", o -> new TriageCases(
                o.get("name").getAsString(),
                AssessmentJson.standard().fromTree(o.get("assessment")),
                Level.fromId(o.get("level").getAsString()).orElseThrow(),
                strings(o, "rules"),
                strings(o, "notRules")));
    }

    @Override
    public String toString() {
        return name;
    }
}
