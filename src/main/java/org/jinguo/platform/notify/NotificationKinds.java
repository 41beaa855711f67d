package org.jinguo.platform.notify;

import java.util.List;
import org.jinguo.platform.security.Caller;

/**
 * The kinds of notification an area sends, for the page where users choose their channels: an area adds a bean
 * implementing this next to the code that fires them; labels {@code notifyKind.<kind>} live in the area's bundle.
 */
public interface NotificationKinds {

    /** The kinds she may receive (by her permissions), for which she may choose channels. */
    List<String> kindsFor(Caller caller);
}
