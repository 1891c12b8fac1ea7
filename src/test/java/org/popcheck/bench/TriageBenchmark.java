package org.popcheck.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;

/** Full evaluations (level, reasons, advice, watch-for, exercises) per second after warm-up. */
@Tag("benchmark")
class TriageBenchmark {

    @Test
    void assessmentsPerSecond() {
        List<Assessment> sample = sample(new Random(7), 2_000);
        TriageEngine engine = TriageEngine.standard();
        int[] levels = new int[Level.values().length];
        for (int warm = 0; warm < 3; warm++) {
            sample.forEach(engine::evaluate);
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Assessment a : sample) {
                levels[engine.evaluate(a).level().ordinal()]++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Figures.print("triage.full-evaluations-per-second", rounds * sample.size() / seconds, "/s");
        for (Level l : Level.values()) {
            Figures.print("triage.sample-share." + l.id(), 100.0 * levels[l.ordinal()] / (rounds * sample.size()), "%");
        }
    }

    /** Random valid assessments: 1 to 3 sites, about one fact in eight answered, answers of every kind. */
    static List<Assessment> sample(Random random, int count) {
        List<FactDefinition> facts = new ArrayList<>(FactCatalog.standard().all());
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<BodySite> sites = new ArrayList<>();
            for (int s = 1 + random.nextInt(3); s > 0; s--) {
                Region region = Region.values()[random.nextInt(Region.values().length)];
                var sides = new ArrayList<>(region.allowedSides());
                BodySite site = new BodySite(region, sides.get(random.nextInt(sides.size())));
                if (!sites.contains(site)) {
                    sites.add(site);
                }
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (FactDefinition f : facts) {
                if (random.nextInt(8) == 0) {
                    answers.put(f.id(), answer(f, random));
                }
            }
            out.add(new Assessment(1 + random.nextInt(100), sites, answers));
        }
        return out;
    }

    private static Answer answer(FactDefinition f, Random random) {
        return switch (f.type()) {
            case YESNO -> Answer.YesNo.values()[random.nextInt(3)];
            case NUMBER -> new Answer.Number(Math.round(f.min() + random.nextDouble() * Math.min(f.max() - f.min(), 400)));
            case CHOICE -> new Answer.Choice(f.options().get(random.nextInt(f.options().size())));
            case MULTI -> new Answer.Choices(List.of(f.options().get(random.nextInt(f.options().size()))));
        };
    }
}
