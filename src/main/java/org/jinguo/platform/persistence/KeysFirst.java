package org.jinguo.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A page of a large sorted list in two steps: the ids of the page's rows first (the database sorts narrow
 * rows: id and sort column), then those rows in full by their ids. Sorting whole rows of a large subtree made
 * H2 write them to disk for every page (benchmark/results.md); the second query reads only the page's rows.
 */
public final class KeysFirst {

    private KeysFirst() {
    }

    /**
     * @param ids  the page's ids, already filtered, sorted and limited
     * @param load the rows of those ids, in any order
     * @param id   a row's id
     */
    public static <T> List<T> page(TypedQuery<Long> ids, Function<List<Long>, List<T>> load, Function<T, Long> id) {
        List<Long> keys = ids.getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, T> rows = load.apply(keys).stream().collect(Collectors.toMap(id, row -> row, (a, b) -> a));
        return keys.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /**
     * The same, the rows read by one query with a parameter {@code :ids}, e.g.
     * {@code "SELECT v FROM Volunteer v JOIN FETCH v.person WHERE v.id IN :ids"}.
     */
    public static <T> List<T> page(EntityManager em, TypedQuery<Long> ids, String rowsByIds, Class<T> type,
                                   Function<T, Long> id) {
        return page(ids, keys -> em.createQuery(rowsByIds, type).setParameter("ids", keys).getResultList(), id);
    }
}
