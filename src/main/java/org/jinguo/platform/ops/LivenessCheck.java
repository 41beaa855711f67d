package org.jinguo.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive (at {@code /health/live}) while the application is deployed and its heap is not full: a server that fails
 * this should be restarted, whereas one that is not ready (the database away) should only be taken out of the load
 * balancer until it recovers by itself.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    static final double HEAP_LIMIT = 0.98;

    @Override
    public HealthCheckResponse call() {
        // the heap as the last collection left it: a full heap that a collection cannot empty, not a busy moment
        double used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    ? pool.getCollectionUsage() : null;
            if (afterCollection != null && afterCollection.getMax() > 0) {
                used = Math.max(used, (double) afterCollection.getUsed() / afterCollection.getMax());
            }
        }
        return HealthCheckResponse.named("jinguo-live")
                .status(used < HEAP_LIMIT)
                .withData("heapAfterCollectionPercent", Math.round(used * 100))
                .build();
    }
}
