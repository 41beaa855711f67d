package org.jinguo.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The WHERE clause of a list's filter, built from the fields the user filled in: each condition with
 * its one named parameter. One builder for every filtered list, so no service glues JPQL by hand; a service
 * builds its filter's conditions once and asks them for the page ({@link #list}, {@link #pageQuery}) and for
 * the count ({@link #count}), which can then never disagree.
 */
public final class Conditions {

    /** The most rows one page may ask for (an export reads page after page of this size). */
    public static final int MAX_PAGE = 1000;

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Conditions add(String condition, String parameter, Object value) {
        where.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds the condition only when the filter field is {@code given}; the value is read only then. */
    public Conditions addIf(boolean given, String condition, String parameter, Supplier<?> value) {
        return given ? add(condition, parameter, value.get()) : this;
    }

    /** Adds a condition without a parameter ({@code r.readAt IS NULL}) when {@code given}. */
    public Conditions addIf(boolean given, String condition) {
        if (given) {
            where.add(condition);
        }
        return this;
    }

    /**
     * When {@code text} is given, the person at {@code person} (a JPQL path such as {@code v.person}, to an entity
     * mapping its name as {@code name} and its {@link NameGrams} as {@code nameGrams}) has a name containing it:
     * found through the grams' index, then checked in full. {@code parameter} names the pattern;
     * {@code parameter + "Gram"} the gram.
     */
    public Conditions addNameIf(String text, String person, String parameter) {
        if (!Like.given(text)) {
            return this;
        }
        return add(":" + parameter + "Gram MEMBER OF " + person + ".nameGrams", parameter + "Gram", NameGrams.key(text))
                .add("LOWER(" + person + ".name) LIKE :" + parameter + Like.ESCAPE, parameter, Like.containing(text));
    }

    /** One page of the filtered list: rows {@code first} … {@code first + max} (at most {@link #MAX_PAGE}). */
    public <T> List<T> list(EntityManager em, String select, String order, Class<T> type, int first, int max) {
        return pageQuery(em, select, order, type, first, max).getResultList();
    }

    /** The query of one page, for a caller that adds hints or reads ids first ({@link KeysFirst}). */
    public <T> TypedQuery<T> pageQuery(EntityManager em, String select, String order, Class<T> type, int first, int max) {
        return query(em, select, order, type).setFirstResult(Math.max(0, first)).setMaxResults(pageSize(max));
    }

    /** How many rows the filtered list holds; {@code countSelect} is e.g. {@code SELECT COUNT(v) FROM Volunteer v}. */
    public long count(EntityManager em, String countSelect) {
        return query(em, countSelect, "", Long.class).getSingleResult();
    }

    /** A page size asked for, between 1 and {@link #MAX_PAGE}. */
    public static int pageSize(int max) {
        return Math.max(1, Math.min(max, MAX_PAGE));
    }

    /** {@code select} + the conditions joined by AND + {@code order}, with the parameters set. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<T> query = em.createQuery(select + clause + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
