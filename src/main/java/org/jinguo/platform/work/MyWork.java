package org.jinguo.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.security.Caller;

/**
 * The signed-in user's to-dos across every area, most urgent first: each {@link WorkSource} is asked once and the
 * whole list is kept for a minute per user ({@link RecentFigures}), so a user going back and forth to her home page
 * costs the areas' queries once a minute. An area whose source fails is left out (and logged), never the page.
 */
@ApplicationScoped
public class MyWork {

    private static final Logger LOG = Logger.getLogger(MyWork.class.getName());

    @Inject
    @Any
    Instance<WorkSource> sources;

    @Inject
    RecentFigures recent;

    /** Her to-dos, at most a minute old. */
    public List<WorkItem> of(Caller caller) {
        return recent.get(key(caller), () -> ask(caller));
    }

    /** Her to-dos, asked now (and kept for the next minute). */
    public List<WorkItem> fresh(Caller caller) {
        return recent.renew(key(caller), () -> ask(caller));
    }

    private static String key(Caller caller) {
        return "work:" + caller.userId() + ":" + caller.roles() + ":" + caller.unitPath();
    }

    private List<WorkItem> ask(Caller caller) {
        List<WorkItem> items = new ArrayList<>();
        for (WorkSource source : sources) {
            try {
                items.addAll(source.itemsFor(caller));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "To-dos of " + source.getClass().getSimpleName() + " left out", e);
            }
        }
        items.sort(WorkItem.URGENT_FIRST);
        return List.copyOf(items);
    }
}
