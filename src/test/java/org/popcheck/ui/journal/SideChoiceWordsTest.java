package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The new-user trial: the entry form's side box showed "middle" in lower case, the side's words as they
 * go inside a joint's name ("Hip (middle)"), though here they begin the box's label. In English, Spanish
 * and German, for every joint and each of its sides, the box and its list show the side with a capital.
 */
@ExtendWith(ApplicationExtension.class)
class SideChoiceWordsTest {

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "ES", "DE"})
    void theSideBoxShowsEachSideWithACapital(Language language, FxRobot robot) {
        Messages.setLanguage(language);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            EntryForm form = new EntryForm(null);
            own.show(form, 1024, 600, Settings.defaultsFor(Locale.UK));
            for (Region r : Region.values()) {
                form.region.setValue(r);
                for (Side s : new ArrayList<>(form.side.getItems())) {
                    form.side.setValue(s);
                    form.applyCss();
                    form.layout();
                    String shown = form.side.getButtonCell().getText();
                    String listed = form.side.getConverter().toString(s);
                    for (String words : List.of(shown, listed)) {
                        if (words == null || words.isEmpty() || !Character.isUpperCase(words.codePointAt(0))) {
                            problems.add(r.id() + " " + s.id() + ": the side box shows \"" + words + "\"");
                        }
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), language + ":\n" + String.join("\n", problems));
    }
}
