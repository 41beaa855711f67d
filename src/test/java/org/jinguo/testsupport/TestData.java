package org.jinguo.testsupport;

import java.util.EnumSet;
import java.util.UUID;
import org.jinguo.organisation.service.OrgUnitService;
import org.jinguo.platform.security.NewUserForm;
import org.jinguo.platform.security.Role;

/** Names and forms the tests make their own data with, so that no test depends on another's. */
public final class TestData {

    private TestData() {
    }

    /** {@code prefix} plus a random suffix, e.g. a unit name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user name no other test uses. */
    public static String newUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The id of the demo unit called {@code name}, looked up as the district administrator. */
    public static long unitId(OrgUnitService units, String name) throws Exception {
        return SignedInAs.call("district", () -> units.search(name, 0, 20).stream()
                .filter(row -> row.name().equals(name)).findFirst().orElseThrow().id());
    }

    /** The form for a new user of {@code unit} with one role and a first password. */
    public static NewUserForm newUser(String username, long unit, Role role, String firstPassword) {
        NewUserForm form = new NewUserForm();
        form.setUsername(username);
        form.setDisplayName("测试用户");
        form.setUnitId(unit);
        form.setRoles(EnumSet.of(role));
        form.setInitialPassword(firstPassword);
        return form;
    }
}
