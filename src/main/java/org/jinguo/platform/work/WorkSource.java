package org.jinguo.platform.work;

import java.util.List;
import org.jinguo.platform.security.Caller;

/**
 * What one area has waiting for a user (applications to review, orders to dispatch, plans to approve …). An area adds
 * a bean implementing this; the home page asks every such bean and knows none of them. A source answers with at most
 * one query, counts only what the user may act on within her scope, and returns only items with a count.
 */
public interface WorkSource {

    List<WorkItem> itemsFor(Caller caller);
}
