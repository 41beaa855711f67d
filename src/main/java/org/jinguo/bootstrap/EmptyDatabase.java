package org.jinguo.bootstrap;

/**
 * Fired once, in the start-up transaction, when the database has no user yet. The demo data
 * (org.jinguo.demo) observes it and loads the demo district when {@code jinguo.demo-data} is on; whatever
 * observed it, {@link FirstData} then gives a database that still has no user its district unit and
 * bootstrap administrator.
 */
public record EmptyDatabase() {
}
