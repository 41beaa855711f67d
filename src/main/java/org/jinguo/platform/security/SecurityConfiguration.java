package org.jinguo.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles. Sign-in is {@link SignInMechanism} on our own page ({@code /login.xhtml}), checked by
 * {@link JinguoIdentityStore}; which pages need a signed-in user is declared in {@code web.xml}.
 */
@DeclareRoles({"DISTRICT_ADMIN", "UNIT_ADMIN", "STAFF", "READ_ONLY", "AUDITOR", "EXECUTIVE_MEMBER", "VOLUNTEER", "PROVIDER",
        "CASEWORKER", "CASE_SUPERVISOR", "COUNSELLOR", "LEGAL_OFFICER"})
@ApplicationScoped
public class SecurityConfiguration {
}
