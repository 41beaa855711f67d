package org.jinguo.volunteer.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Objects;

/** A weekday and part of the day when a volunteer is free, e.g. Saturday morning. */
@Embeddable
public class Slot implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Monday morning first, Sunday evening last. */
    public static final Comparator<Slot> WEEK_ORDER = Comparator.comparingInt((Slot slot) -> slot.weekday)
            .thenComparing(slot -> slot.part);

    /** ISO day of the week, 1 (Monday) to 7. */
    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false, length = 16)
    private DayPart part;

    protected Slot() {
    }

    public Slot(DayOfWeek day, DayPart part) {
        this.weekday = day.getValue();
        this.part = Objects.requireNonNull(part);
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public DayPart getPart() {
        return part;
    }

    /** As the UI passes it: {@code SATURDAY_MORNING}. */
    public String key() {
        return getDay() + "_" + part;
    }

    public static Slot ofKey(String key) {
        int split = key.indexOf('_');
        return new Slot(DayOfWeek.valueOf(key.substring(0, split)), DayPart.valueOf(key.substring(split + 1)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slot slot && slot.weekday == weekday && slot.part == part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, part);
    }

    @Override
    public String toString() {
        return key();
    }
}
