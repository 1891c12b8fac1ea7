package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.popcheck.Patience;

/** A table given a long list while it holds blank rows fills them a few a frame, then holds the list itself. */
@ExtendWith(ApplicationExtension.class)
class RowsInStepsTest {

    private static final int BLANK = 60;
    private static final int STEP = 6;

    private TableView<String> table;
    private TableColumn<String, String> column;
    private RowsInSteps<String> rows;
    /** Every list the table was given, in order. */
    private final List<List<String>> given = new ArrayList<>();

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        column = new TableColumn<>("text");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(20);
        table.setSortPolicy(t -> true); // as the journal's table: its items come sorted
        rows = new RowsInSteps<>(table, BLANK, STEP);
        rows.showBlank();
        table.getSortOrder().add(column);
        table.itemsProperty().addListener((o, a, items) -> given.add(List.copyOf(items.stream().map(s -> s == null ? "<blank>" : s).toList())));
        stage.setScene(new Scene(table, 300, 300)); // about 14 rows of 20 px
        stage.show();
    }

    @Test
    void blankRowsFirst(FxRobot robot) {
        assertTrue(rows.busyProperty().get());
        assertEquals(BLANK, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(Objects::isNull));
    }

    @Test
    void aLongListFillsTheVisibleBlankRowsInStepsThenIsHeldItself(FxRobot robot) throws Exception {
        // A sorted list, as the journal's is: given a list of any other kind, a table drops its sort order.
        ObservableList<String> data = new SortedList<>(FXCollections.observableArrayList(IntStream.range(0, 1000).mapToObj(i -> "row " + i).toList()));
        robot.interact(() -> rows.show(data));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems() == data);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(rows.busyProperty().get(), "done");
        List<List<String>> steps = given.subList(0, given.size() - 1);
        assertTrue(steps.size() >= 2, "filled in steps, not at once: " + steps.size() + " steps");
        assertTrue(steps.size() <= (300 / 20 + STEP) / STEP + 1, "no more steps than the visible rows need: " + steps.size());
        for (int i = 0; i < steps.size(); i++) {
            List<String> step = steps.get(i);
            int filled = (i + 1) * STEP;
            assertEquals(BLANK, step.size(), "the row count stays while filling");
            assertEquals(data.subList(0, filled), step.subList(0, filled), "step " + i + " shows the first rows, in order");
            assertTrue(step.subList(filled, BLANK).stream().allMatch("<blank>"::equals), "step " + i + " leaves the rest blank");
        }
        assertEquals(List.of(column), table.getSortOrder(), "the table kept its sort order through the steps");
    }

    @Test
    void aShortListOrOneAfterTheBlankRowsIsShownAtOnce(FxRobot robot) {
        ObservableList<String> few = FXCollections.observableArrayList("a", "b");
        robot.interact(() -> rows.show(few));
        assertSame(few, table.getItems());
        assertFalse(rows.busyProperty().get());

        ObservableList<String> many = FXCollections.observableArrayList(IntStream.range(0, 500).mapToObj(i -> "x" + i).toList());
        robot.interact(() -> rows.show(many));
        assertSame(many, table.getItems(), "no blank rows to fill: at once");
    }

    @Test
    void aNewerListDuringTheStepsIsTheOneShown(FxRobot robot) throws Exception {
        ObservableList<String> first = FXCollections.observableArrayList(IntStream.range(0, 300).mapToObj(i -> "old " + i).toList());
        ObservableList<String> newer = FXCollections.observableArrayList(IntStream.range(0, 301).mapToObj(i -> "new " + i).toList());
        robot.interact(() -> {
            rows.show(first);
            rows.show(newer);
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !rows.busyProperty().get());
        assertSame(newer, table.getItems());
        assertTrue(given.stream().flatMap(List::stream).noneMatch(s -> s.startsWith("old")), "the older list never showed");
    }
}
