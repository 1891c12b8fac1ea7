package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.javafx.util.Logging;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages sent the way JavaFX sends them (its own logger), after the launcher's filter is installed. */
class ClassPathWarningFilterTest {

    private final List<String> shown = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override public void publish(LogRecord r) { shown.add(r.getLevel() + " " + r.getMessage()); }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private final Logger javafx = Logger.getLogger(ClassPathWarningFilter.JAVAFX_LOGGER);

    @BeforeEach
    void install() {
        ClassPathWarningFilter.install();
        javafx.addHandler(recorder);
    }

    @AfterEach
    void remove() {
        javafx.removeHandler(recorder);
    }

    @Test
    void theClassPathWarningIsNotShownWhateverTheModuleIsCalled() {
        Logging.getJavaFXLogger().warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1f1758af'");
        Logging.getJavaFXLogger().warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @3ea013f3'");
        assertEquals(List.of(), shown);
    }

    @Test
    void everyOtherJavaFxMessageIsStillShown() {
        Logging.getJavaFXLogger().warning("Unsupported JavaFX configuration: classes were loaded from 'module javafx.base'");
        Logging.getJavaFXLogger().warning("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21");
        Logging.getJavaFXLogger().severe("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
        assertEquals(List.of(
                "WARNING Unsupported JavaFX configuration: classes were loaded from 'module javafx.base'",
                "WARNING Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21",
                "SEVERE Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'"), shown);
    }

    @Test
    void installingTwiceKeepsOneFilterThatStillLetsOthersThrough() {
        ClassPathWarningFilter.install();
        Logging.getJavaFXLogger().warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @2'");
        Logging.getJavaFXLogger().warning("something else");
        assertEquals(List.of("WARNING something else"), shown);
    }
}
