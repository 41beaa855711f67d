package org.jinguo.platform.ops;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's own metrics, published by Payara's MicroProfile Metrics at {@code /metrics?scope=application}
 * (Prometheus text; docs/operations.md names each). Counting is a static call so that code outside CDI (the
 * audit listener, filters) can count too; before the registry is known (unit tests) a count is dropped.
 *
 * <p>Names, all counters: {@code jinguo_sign_ins_total{outcome}}, {@code jinguo_requests_total{area}},
 * {@code jinguo_request_errors_total{area,kind}}, {@code jinguo_records_created_total{type}},
 * {@code jinguo_deliveries_total{channel,outcome}}, {@code jinguo_jobs_total{job,outcome}}.
 */
@ApplicationScoped
public class Metrics {

    private static final Logger LOG = Logger.getLogger(Metrics.class.getName());
    private static volatile MetricRegistry registry;

    @Inject
    MetricRegistry applicationRegistry;

    @PostConstruct
    void publish() {
        registry = applicationRegistry;
    }

    /** Created with the application, so that counting works from the first request. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // the observer makes CDI create this bean, whose @PostConstruct hands the registry over
    }

    /** Counting before this bean was created (the start-up's first data): the registry from CDI, if there is one. */
    private static MetricRegistry lookUp() {
        try {
            registry = jakarta.enterprise.inject.spi.CDI.current().select(MetricRegistry.class).get();
            return registry;
        } catch (RuntimeException | LinkageError e) {
            return null; // no container: a unit test
        }
    }

    /** Adds one to counter {@code name} with the given tags (name, value, name, value…). Never throws. */
    public static void count(String name, String... tags) {
        MetricRegistry current = registry;
        if (current == null) {
            current = lookUp();
            if (current == null) {
                return;
            }
        }
        try {
            Tag[] given = new Tag[tags.length / 2];
            for (int i = 0; i < given.length; i++) {
                given[i] = new Tag(tags[2 * i], tags[2 * i + 1] == null ? "none" : tags[2 * i + 1]);
            }
            current.counter(name, given).inc();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "metric " + name + " not counted", e);
        }
    }
}
