package org.jinguo.platform.scope;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Lets a {@link SystemScoped} bean see every unit for the duration of its call. */
@SystemScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class SystemScopeInterceptor {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    Object scope(InvocationContext invocation) throws Exception {
        return DataScope.proceedWithin(em, DataScope.EVERYTHING, invocation);
    }
}
