package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a session keeps must reach another server (docs/scaling.md): the check, and the lazy lists every page has. */
class SessionCheckTest {

    /** A row as services return them: a record that is not serializable. */
    record Row(long id, String name) {
    }

    /** A page's bean holding a lazy list of such rows, as the view-scoped beans do. */
    static class PageState implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<String> calls = new ArrayList<>();
        String filter = "王";
        final PagedList<Row> rows = new PagedList<>((first, max) -> {
            calls.add(filter + "@" + first);
            return List.of(new Row(1, filter));
        }, () -> 1, row -> String.valueOf(row.id()));
    }

    /** A service, as the container gives it to a bean: a view extending its class, which the server writes as a handle. */
    @jakarta.ejb.Stateless
    static class Service {
    }

    static class ContainersView extends Service {
    }

    @Test
    void theCheckNamesWhatWouldBeLeftOut() {
        assertNull(SessionCheckFilter.problem(new ArrayList<>(List.of("a", 1, new ContainersView()))));
        String problem = SessionCheckFilter.problem(new ArrayList<>(List.of(new Row(1, "a"))));
        assertTrue(problem.contains(Row.class.getName()) && problem.contains("not serializable"), problem);
    }

    @Test
    void aLazyListMovesWithoutItsRowsAndLoadsAgainOnTheOtherServer() throws Exception {
        PageState state = new PageState();
        state.rows.load(25, 25, Map.of(), Map.of());
        assertEquals(1, state.rows.getRowData("1").id(), "the rows shown are at hand on this server");

        assertNull(SessionCheckFilter.problem(state), "the page's state serializes though its rows do not");
        PageState moved = copy(state);

        assertEquals("王", moved.filter);
        assertEquals(1, moved.rows.count(Map.of()));
        List<Row> loaded = moved.rows.load(50, 25, Map.of(), Map.of());
        assertEquals("王", loaded.get(0).name(), "the moved list loads with the moved bean's filter");
        assertEquals(List.of("王@25", "王@50"), moved.calls);
    }

    private static PageState copy(PageState state) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PageState) in.readObject();
        }
    }
}
