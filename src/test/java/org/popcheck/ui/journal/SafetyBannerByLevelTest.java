package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal screen's own safety banner, left after the pop-up is closed, was red whatever the level:
 * a sign that can wait for an appointment looked like one that calls for an ambulance. Each warning
 * sign the entry dialog offers is logged alone; the banner wears the look of the level the safety net
 * found (the pc-level classes of the pop-up and the wizard's result), and only the emergency levels
 * say "Urgent". Pictures, one per look, in target/screenshots/safety-banner/.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyBannerByLevelTest {

    @TempDir
    static Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    static Stream<Arguments> themesAndSizes() {
        return Stream.of(Settings.Theme.values()).flatMap(t -> Stream.of(Arguments.of(t, 1.0), Arguments.of(t, 2.0)));
    }

    @ParameterizedTest
    @MethodSource("themesAndSizes")
    void theBannerFollowsTheLevelOfTheSignJustLogged(Settings.Theme theme, double textScale, FxRobot robot) throws Exception {
        AppContext context = AppContext.create(Files.createTempDirectory(dataDir, "data"));
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(textScale));
        AppWithDialog.show(own, robot, context, 1024, 600);
        robot.interact(() -> robot.lookup("#nav-journal").queryAs(ButtonBase.class).fire());
        JournalViewModel model = JournalViewModel.of(context);
        Set<Level> seen = EnumSet.noneOf(Level.class);
        int n = 0;
        for (String sign : signsOfTheEntryDialog()) {
            JournalEntry entry = new JournalEntry("e" + n++, OffsetDateTime.now().minusMinutes(n), new BodySite(Region.ANKLE, Side.LEFT),
                    null, null, 3, null, List.of(sign), "", false, null, null);
            WaitForAsyncUtils.asyncFx(() -> model.add(entry)).get(5, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Level level = model.safetyLevelProperty().get();
            Node banner = robot.lookup("#journal-safety-banner").query();
            if (level == null) {
                assertFalse(banner.isVisible(), sign + ": nothing found, no banner");
                continue;
            }
            assertTrue(banner.isVisible(), sign);
            for (Level other : Level.values()) {
                assertEquals(other == level, banner.getStyleClass().contains(Styles.level(other.id())),
                        sign + " (" + level.id() + "): the look of " + other.id() + "? " + banner.getStyleClass());
            }
            String heading = robot.lookup("#journal-safety-heading").queryLabeled().getText();
            assertEquals(level.isEmergency(), heading.equals(SafetyAlert.title(level)) && heading.contains(level.words()),
                    sign + " (" + level.id() + "): urgent words only at an emergency level: " + heading);
            if (seen.add(level)) {
                Snapshots.write(banner.getScene(), Path.of("target/screenshots/safety-banner",
                        theme.name().toLowerCase(Locale.ROOT) + "-" + (int) textScale + "x-" + level.id() + ".png"));
            }
        }
        assertTrue(seen.stream().anyMatch(Level::isEmergency) && seen.stream().anyMatch(l -> !l.isEmergency()),
                "the dialog's signs give both an urgent and a calmer banner: " + seen);
    }

    /** The yes-or-no warning signs the entry dialog offers for an ankle, as EntryForm picks them. */
    private static List<String> signsOfTheEntryDialog() {
        FactCatalog facts = FactCatalog.standard();
        List<FactDefinition> signs = new ArrayList<>(facts.group("emergency"));
        signs.addAll(facts.group("warning"));
        return signs.stream()
                .filter(f -> f.type() == FactType.YESNO && f.askIf().isEmpty() && f.appliesTo(Region.ANKLE))
                .filter(f -> f.raises() || facts.all().stream().noneMatch(g -> f.id().equals(g.listedUnder())))
                .map(FactDefinition::id).toList();
    }
}
