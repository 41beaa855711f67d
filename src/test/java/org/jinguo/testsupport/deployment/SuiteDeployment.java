package org.jinguo.testsupport.deployment;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jinguo.testsupport.Deployments;

/** The one deployment of the integration suite ({@link OneDeployment}): see {@link Deployments#suite()}. */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive deployment() {
        return Deployments.suite();
    }
}
