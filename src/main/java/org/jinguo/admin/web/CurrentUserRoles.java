package org.jinguo.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.Role;

/** Which roles the signed-in administrator may give (mirrors the check in AccountService). */
@RequestScoped
public class CurrentUserRoles {

    @Inject
    CurrentCaller currentCaller;

    public List<Role> grantable() {
        boolean district = currentCaller.get().map(c -> c.can(Permission.ROLE_DISTRICT_ADMIN_GRANT)).orElse(false);
        // a provider's account is opened from the Bridge's providers page, which links it to its provider
        return Arrays.stream(Role.values()).filter(r -> (district || r != Role.DISTRICT_ADMIN) && r != Role.PROVIDER).toList();
    }
}
