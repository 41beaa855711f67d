package org.jinguo.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose changes are not listed in the audit trail, because another entry already covers them
 * (sign-in bookkeeping is audited as sign-in) or they are bookkeeping only. A change of only such
 * fields writes no entry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditIgnored {
}
