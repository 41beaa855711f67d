package org.jinguo.platform.scope;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;

/**
 * Sets the data scope of the current transaction to the signed-in user's unit before each call of a
 * {@link ScopedToCaller} service. Without a signed-in user the scope is {@link DataScope#NOTHING}.
 * Also names the user as the actor of the transaction's audit entries ({@link AuditContext}).
 */
@ScopedToCaller
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class CallerScopeInterceptor {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @AroundInvoke
    Object scope(InvocationContext invocation) throws Exception {
        String path = currentCaller.get().map(Caller::unitPath).orElse(DataScope.NOTHING);
        AuditContext.bind(currentCaller.actor());
        return DataScope.proceedWithin(em, path, invocation);
    }
}
