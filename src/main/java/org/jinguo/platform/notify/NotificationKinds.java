package org.jinguo.platform.notify;

import java.util.List;

/**
 * The kinds of notification an area sends, for the page where users choose their channels: an area adds a bean
 * implementing this next to the code that fires them; labels {@code notifyKind.<kind>} live in the area's bundle.
 */
public interface NotificationKinds {

    List<String> kinds();
}
