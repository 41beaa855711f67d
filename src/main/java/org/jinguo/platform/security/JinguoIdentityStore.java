package org.jinguo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.jinguo.platform.errors.DatabaseOutage;
import org.jinguo.platform.ops.Metrics;
import java.util.stream.Collectors;

/** Checks user names and passwords against the accounts in the database; the groups are the roles. */
@ApplicationScoped
public class JinguoIdentityStore implements IdentityStore {

    @Inject
    UserDirectory directory;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        CredentialValidationResult result;
        try {
            result = directory.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
                    .map(caller -> new CredentialValidationResult(caller.username(), groups(caller.roles())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RuntimeException e) {
            // Jakarta Security hands this on without its cause: the error page learns of an outage from the request
            DatabaseOutage.markIf(request, e);
            throw e;
        }
        Metrics.count("jinguo_sign_ins_total", "outcome",
                result.getStatus() == CredentialValidationResult.Status.VALID ? "success" : "failure");
        return result;
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
