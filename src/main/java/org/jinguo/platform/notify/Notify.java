package org.jinguo.platform.notify;

import java.util.List;
import java.util.Objects;

/**
 * A CDI event an area fires to tell people something: who ({@link Recipients}), what kind (a code such as
 * {@code volunteer.confirmed}, labelled {@code notifyKind.<code>} and chosen per channel by each user), the text as a
 * bundle key with its arguments (rendered in the reader's language in the app, in Chinese by mail and SMS), and the
 * page it leads to. The text never carries a sensitive field (a child's real name, an ID number): the page decides
 * what its reader may see. Fired inside the action's transaction, it is stored with it or not at all; the channels
 * outside the app send it afterwards and never hold the action up. A reminder gives {@code onceKey}: the same key is
 * stored once, however many servers or runs raise it.
 */
public record Notify(Recipients to, String kind, String textKey, List<String> arguments, String path, String onceKey) {

    public Notify {
        Objects.requireNonNull(to);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(textKey);
        arguments = List.copyOf(arguments);
    }

    public static Notify of(Recipients to, String kind, String path, String... arguments) {
        return new Notify(to, kind, "notify." + kind, List.of(arguments), path, null);
    }

    /** The same, stored at most once under {@code onceKey} (reminders). */
    public Notify once(String key) {
        return new Notify(to, kind, textKey, arguments, path, key);
    }
}
