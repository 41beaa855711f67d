package org.jinguo.platform.notify;

import java.util.Collection;
import java.util.List;
import org.jinguo.platform.security.Permission;

/**
 * Whom a notification is for, as an area knows them: user accounts by id, the accounts of people (a volunteer's or an
 * executive member's own sign-in), the accounts of a provider organisation's desk, or the staff of one unit who hold
 * a permission. Resolved to accounts when stored; nobody with no account gets anything (nothing is lost: she has no
 * place to read it).
 */
public record Recipients(List<Long> users, List<Long> people, Long provider, Long unit, Permission permission) {

    public static Recipients users(Collection<Long> ids) {
        return new Recipients(List.copyOf(ids), List.of(), null, null, null);
    }

    public static Recipients people(Collection<Long> ids) {
        return new Recipients(List.of(), List.copyOf(ids), null, null, null);
    }

    public static Recipients person(long id) {
        return people(List.of(id));
    }

    public static Recipients provider(long id) {
        return new Recipients(List.of(), List.of(), id, null, null);
    }

    /** The accounts of that very unit (not the units below) whose roles grant {@code permission}. */
    public static Recipients staffOf(long unit, Permission permission) {
        return new Recipients(List.of(), List.of(), null, unit, permission);
    }
}
