package org.jinguo.platform.audit;

/** What an audit entry records. Labels: {@code audit.action.<NAME>}. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    CREATE,
    UPDATE,
    DELETE,
    /** A sensitive field was shown unmasked. */
    VIEW_SENSITIVE,
    /** A list was exported to a file. */
    EXPORT,
    /** A record whose every reading is audited (a child's case file) was opened. */
    VIEW_RECORD
}
