package org.jinguo.admin.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.platform.security.Role;

/** What an administrator enters to create a user. The first password must be changed at sign-in. */
public class NewUserForm implements Serializable {

    @NotBlank(message = "{jinguo.required}")
    @Size(min = 3, max = 50, message = "{jinguo.size.range}")
    @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{jinguo.username.pattern}")
    private String username;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String displayName;

    @NotNull(message = "{jinguo.required}")
    private Long unitId;

    @NotEmpty(message = "{jinguo.user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotBlank(message = "{jinguo.required}")
    private String initialPassword;

    /** For a personal account (executive member, volunteer): her person record. */
    private Long personId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
