package dev.vitae.model;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static dev.vitae.model.Json.doc;
import static dev.vitae.model.Json.node;
import static dev.vitae.model.Json.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditTest {

    private static final String THREE_JOBS = "{'basics': {'name': 'Ada'}, 'work': [{'name': 'A'}, {'name': 'B'}, {'name': 'C'}],"
            + " 'meta': {'vitae': {'hidden': ['/references', '/work/0', '/work/1/highlights/0', '/work/2', '/workshop/1']}}}";

    private static List<String> hidden(Document d) {
        return List.copyOf(d.settings().hidden());
    }

    private static List<String> hiddenInOrder(Document d) {
        return Edit.Hidden.list(d);
    }

    private static List<String> names(Document d) {
        return StreamSupport.stream(d.at("/work").spliterator(), false).map(n -> n.path("name").asText()).toList();
    }

    @Test
    void setValueReplacesAValueAndKeepsTheKeysInTheirOrder() {
        Document before = doc("{'c': 1, 'b': {'x': 1, 'y': 2, 'z': 3}, 'a': 3}");
        Document after = Edit.SetValue.text("/b/y", "two").applyTo(before);
        assertEquals("{'c':1,'b':{'x':1,'y':'two','z':3},'a':3}", text(after));
        assertEquals("{'c':1,'b':{'x':1,'y':2,'z':3},'a':3}", text(before), "the old snapshot is untouched");
        assertSame(before.at("/c"), after.at("/c"), "untouched values are shared, not copied");
    }

    @Test
    void setValueCreatesMissingObjectsOnTheWayAndAppendsNewKeys() {
        Document after = Edit.SetValue.text("/basics/location/city", "Lyon").applyTo(doc("{'work': []}"));
        assertEquals("{'work':[],'basics':{'location':{'city':'Lyon'}}}", text(after));
    }

    @Test
    void setValueReachesIntoListEntries() {
        Document after = Edit.SetValue.text("/work/1/position", "Lead").applyTo(doc(THREE_JOBS));
        assertEquals("Lead", after.text("/work/1/position"));
        assertEquals("B", after.text("/work/1/name"));
        assertThrows(IllegalArgumentException.class, () -> Edit.SetValue.text("/work/7/name", "x").applyTo(doc(THREE_JOBS)));
    }

    @Test
    void setValueWithoutAValueRemovesTheProperty() {
        Document before = doc("{'a': 1, 'b': 2, 'c': 3}");
        assertEquals("{'a':1,'c':3}", text(Edit.SetValue.remove("/b").applyTo(before)));
        assertSame(before, Edit.SetValue.remove("/nothing").applyTo(before), "removing what is absent changes nothing");
    }

    @Test
    void setValueOfAnyNodeType() {
        Document after = new Edit.SetValue("/meta/vitae/margins", node("{'top': 10, 'right': 12, 'bottom': 10, 'left': 12}"))
                .applyTo(Document.empty());
        assertEquals(10.0, after.settings().margins().orElseThrow().top());
        assertEquals("Setting", new Edit.SetValue("/meta/vitae/page", TextNode.valueOf("a4")).label());
        assertEquals("Typing", Edit.SetValue.text("/basics/name", "x").label());
    }

    @Test
    void insertItemPutsTheItemAtTheIndexAndCreatesTheListWhenAbsent() {
        Document d = new Edit.InsertItem("/work", 1, node("{'name': 'New'}")).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("A", "New", "B", "C"), names(d));
        Document fresh = new Edit.InsertItem("/projects", 0, node("{'name': 'P'}")).applyTo(Document.empty());
        assertEquals("{'projects':[{'name':'P'}]}", text(fresh));
        Document end = new Edit.InsertItem("/work", 99, node("{'name': 'Last'}")).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("A", "B", "C", "Last"), names(end), "an index past the end appends");
    }

    @Test
    void insertItemShiftsHiddenPointersAtAndAfterTheIndex() {
        Document d = new Edit.InsertItem("/work", 1, node("{'name': 'New'}")).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("/references", "/work/0", "/work/2/highlights/0", "/work/3", "/workshop/1"), hiddenInOrder(d));
    }

    @Test
    void removeItemDropsItsHiddenPointerAndShiftsTheRest() {
        Document d = new Edit.RemoveItem("/work", 0).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("B", "C"), names(d));
        assertEquals(List.of("/references", "/work/0/highlights/0", "/work/1", "/workshop/1"), hiddenInOrder(d));
        assertThrows(IndexOutOfBoundsException.class, () -> new Edit.RemoveItem("/work", 3).applyTo(doc(THREE_JOBS)));
        assertThrows(IllegalArgumentException.class, () -> new Edit.RemoveItem("/basics", 0).applyTo(doc(THREE_JOBS)));
    }

    @Test
    void moveItemDownKeepsHiddenPointersOnTheirEntries() {
        Document d = new Edit.MoveItem("/work", 0, 2).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("B", "C", "A"), names(d));
        // A (hidden) is now at 2, B's highlight at 0, C (hidden) at 1
        assertEquals(List.of("/references", "/work/2", "/work/0/highlights/0", "/work/1", "/workshop/1"), hiddenInOrder(d));
    }

    @Test
    void moveItemUpKeepsHiddenPointersOnTheirEntries() {
        Document d = new Edit.MoveItem("/work", 2, 0).applyTo(doc(THREE_JOBS));
        assertEquals(List.of("C", "A", "B"), names(d));
        assertEquals(List.of("/references", "/work/1", "/work/2/highlights/0", "/work/0", "/workshop/1"), hiddenInOrder(d));
        Document same = doc(THREE_JOBS);
        assertSame(same, new Edit.MoveItem("/work", 1, 1).applyTo(same));
    }

    @Test
    void duplicateItemInsertsADeepCopyRightAfterAndShiftsHiddenPointers() {
        Document before = doc(THREE_JOBS);
        Document d = new Edit.DuplicateItem("/work", 1).applyTo(before);
        assertEquals(List.of("A", "B", "B", "C"), names(d));
        assertEquals(d.at("/work/1"), d.at("/work/2"));
        assertEquals(List.of("/references", "/work/0", "/work/1/highlights/0", "/work/3", "/workshop/1"), hiddenInOrder(d));
        Document edited = Edit.SetValue.text("/work/2/name", "B2").applyTo(d);
        assertEquals("B", edited.text("/work/1/name"), "the copy is independent of the original");
    }

    @Test
    void listEditsWithoutHiddenSettingsAddNone() {
        Document d = new Edit.InsertItem("/work", 0, node("{}")).applyTo(doc("{'work': []}"));
        assertEquals("{'work':[{}]}", text(d));
    }

    @Test
    void setHiddenAddsAndRemovesAPointerOnce() {
        Document d = new Edit.SetHidden("/work/1", true).applyTo(doc("{'work': [{}, {}]}"));
        assertEquals(List.of("/work/1"), hidden(d));
        assertSame(d, new Edit.SetHidden("/work/1", true).applyTo(d), "hiding twice changes nothing");
        Document shown = new Edit.SetHidden("/work/1", false).applyTo(d);
        assertTrue(shown.settings().hidden().isEmpty());
        assertTrue(shown.at("/meta/vitae/hidden").isMissingNode(), "an empty hidden list is removed");
        assertEquals("Hide", new Edit.SetHidden("/x", true).label());
        assertEquals("Show", new Edit.SetHidden("/x", false).label());
    }

    @Test
    void replaceAllGivesTheReplacement() {
        Document replacement = doc("{'basics': {'name': 'Grace'}}");
        assertSame(replacement, new Edit.ReplaceAll(replacement, "Reload").applyTo(doc(THREE_JOBS)));
    }

    @Test
    void onlyTypingIntoOneFieldHasAMergeKey() {
        assertEquals("/basics/name", Edit.SetValue.text("/basics/name", "A").mergeKey().orElseThrow());
        assertEquals("/basics/name", Edit.SetValue.remove("/basics/name").mergeKey().orElseThrow(),
                "clearing a field is typing too");
        assertTrue(new Edit.InsertItem("/work", 0, node("{}")).mergeKey().isEmpty());
        assertTrue(new Edit.SetValue("/meta/vitae/fontSize", node("10")).mergeKey().isEmpty());
    }
}
