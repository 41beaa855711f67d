package org.jinguo.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose changes are not listed in the audit trail, because another entry already covers them
 * (sign-in bookkeeping is audited as sign-in) or they are bookkeeping only. A change of only such
 * fields writes no entry. On a class: records that are their own trail (a notice's receipts hold who read
 * it when and what she answered; the notice's own entry names how many went out), left out entirely.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface AuditIgnored {
}
