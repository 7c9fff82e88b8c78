package it.ordo.ui.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What the screen really draws of a text: a label or a cell too narrow for
 * its text draws "Quan…" while its text is "Quantity". The desk tests use it
 * to prove that nothing that matters is cut, and where things sit on screen.
 */
final class ShownText {

    private ShownText() {
    }

    /** The texts under {@code root} (labels, cells, headers) drawn cut, as "text → drawn"; only visible ones. */
    static List<String> cut(Node root, Predicate<Labeled> which) {
        List<String> cut = new ArrayList<>();
        collect(root, which, cut);
        return cut;
    }

    private static void collect(Node node, Predicate<Labeled> which, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && which.test(l)) {
            String drawn = drawn(l);
            if (drawn != null && !drawn.equals(l.getText())) {
                cut.add(l.getText() + " → " + drawn);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, which, cut);
            }
        }
    }

    /** The text node the skin draws for a label (its own child, not a graphic's). */
    private static String drawn(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    /** Where a node is in the window. */
    static Bounds at(Node node) {
        return node.localToScene(node.getLayoutBounds()); // the node itself, not the marks drawn over it
    }
}
