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
 * its one named parameter. One builder for every filtered list, so no service glues JPQL by hand.
 */
public final class Conditions {

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

    /** {@code select} + the conditions joined by AND + {@code order}, with the parameters set. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<T> query = em.createQuery(select + clause + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
