package org.jinguo.testsupport.deployment;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Deploys the test archive once for the whole integration suite instead of once per test class. Arquillian
 * asks every test class for its deployment, deploys it before the class and undeploys it after; this
 * extension answers every class with the one deployment of {@link SuiteDeployment} (the WAR as it ships plus
 * the in-container tests, their support and the probe), lets only the first deployment through and undeploys
 * it when the container stops. Test classes carry no {@code @Deployment} of their own.
 */
public class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Arquillian's events for one test class after another, reduced to one deployment. */
    public static class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario suite;
        private boolean generating;
        private boolean deployed;
        private boolean undeploying;

        /** The first class's request generates the suite's deployment; every class then gets that one. */
        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed(); // the suite deployment's own generation
                return;
            }
            if (suite == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                } finally {
                    generating = false;
                }
                suite = classScenario.get();
            } else {
                classScenario.set(suite);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                event.proceed();
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeploying) {
                event.proceed();
            }
        }

        /** When the container stops at the end of the suite, the deployment goes. */
        public void undeployAtTheEnd(@Observes BeforeStop event) {
            if (!deployed || undeploying) {
                return;
            }
            undeploying = true;
            classContext.get().activate(SuiteDeployment.class);
            try {
                classScenario.set(suite);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                classContext.get().deactivate();
            }
        }
    }
}
