package org.jinguo.volunteer.service;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.config.Beijing;
import org.jinguo.volunteer.model.SignupStatus;

/**
 * How reliably a volunteer turns up: activities attended (checked in), places kept but not attended
 * (no-shows, past activities only) and sign-ups cancelled. {@link #rate()} is attended over all three,
 * or {@code null} while she has no record yet. Counted over the activities the caller can see.
 */
public record Reliability(long attended, long noShows, long cancellations) implements Serializable {

    public static final Reliability NONE = new Reliability(0, 0, 0);

    private static final int CHUNK = 500;

    public Double rate() {
        long all = attended + noShows + cancellations;
        return all == 0 ? null : (double) attended / all;
    }

    /** The record of each of {@code volunteerIds} (those without one get {@link #NONE}), in one query per 500. */
    static Map<Long, Reliability> of(EntityManager em, List<Long> volunteerIds) {
        Map<Long, Reliability> result = new HashMap<>();
        for (int from = 0; from < volunteerIds.size(); from += CHUNK) {
            List<Long> chunk = volunteerIds.subList(from, Math.min(volunteerIds.size(), from + CHUNK));
            em.createQuery("SELECT s.volunteer.id, "
                            + "SUM(CASE WHEN s.checkedInAt IS NOT NULL THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN s.status = :confirmed AND s.checkedInAt IS NULL AND s.activity.heldOn < :today "
                            + "THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN s.status = :cancelled THEN 1 ELSE 0 END) "
                            + "FROM Signup s WHERE s.volunteer.id IN :ids GROUP BY s.volunteer.id", Object[].class)
                    .setParameter("confirmed", SignupStatus.CONFIRMED)
                    .setParameter("cancelled", SignupStatus.CANCELLED)
                    .setParameter("today", Beijing.today())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> result.put((Long) row[0], new Reliability(number(row[1]), number(row[2]), number(row[3]))));
        }
        volunteerIds.forEach(id -> result.putIfAbsent(id, NONE));
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
