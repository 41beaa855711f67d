package org.jinguo.platform.match;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The one scorer of the platform: how well a candidate fits, out of 100, as the sum of named parts, each worth up to
 * its weight, so that staff see why a candidate ranks where she does. Each feature names its parts and weights (the
 * volunteers for an activity, the providers for an order of the Bridge); the arithmetic — a fraction of a weight,
 * rounded, never more than it — is here only.
 */
public record Scorecard(List<Part> parts) implements Serializable {

    /** One part: its name (a key of the feature's bundle), the points earned and the most it could earn. */
    public record Part(String name, int points, int max) implements Serializable {
    }

    public Scorecard {
        parts = List.copyOf(parts);
    }

    public int total() {
        return parts.stream().mapToInt(Part::points).sum();
    }

    public int max() {
        return parts.stream().mapToInt(Part::max).sum();
    }

    /** The points of the part of that name (0 when there is none). */
    public int points(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).mapToInt(Part::points).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds the parts in the order they are shown. */
    public static final class Builder {

        private final List<Part> parts = new ArrayList<>();

        /** A part earning {@code fraction} (0–1, clamped) of its weight, rounded to the nearest point. */
        public Builder share(String name, int weight, double fraction) {
            double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
            parts.add(new Part(name, (int) Math.round(weight * clamped), weight));
            return this;
        }

        /** A part earning a given number of points, at most its weight. */
        public Builder points(String name, int weight, int points) {
            parts.add(new Part(name, Math.max(0, Math.min(weight, points)), weight));
            return this;
        }

        /** A part earning all of its weight or nothing. */
        public Builder when(String name, int weight, boolean earned) {
            return points(name, weight, earned ? weight : 0);
        }

        public Scorecard build() {
            return new Scorecard(parts);
        }
    }
}
