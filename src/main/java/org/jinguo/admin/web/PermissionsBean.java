package org.jinguo.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.web.Texts;

/** The permission matrix as administrators see it: straight from {@link Role}, so it cannot drift. */
@Named
@RequestScoped
public class PermissionsBean {

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<Permission> getPermissions() {
        return List.of(Permission.values());
    }

    /** The label of what {@code role} grants of {@code permission}: its reach, or empty. */
    public String cell(Role role, Permission permission) {
        return role.reach(permission).map(reach -> Texts.get("reach." + reach.name())).orElse("");
    }
}
