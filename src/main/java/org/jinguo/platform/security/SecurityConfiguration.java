package org.jinguo.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own page ({@code /login.xhtml}), checked by {@link JinguoIdentityStore}.
 * Which pages need a signed-in user is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"DISTRICT_ADMIN", "UNIT_ADMIN", "STAFF", "READ_ONLY", "AUDITOR", "EXECUTIVE_MEMBER", "VOLUNTEER"})
@ApplicationScoped
public class SecurityConfiguration {
}
