package org.jinguo.platform.security;

/** What a user may do. Roles grant permissions; services check permissions, never role names. */
public enum Permission {
    /** See the units of her scope. */
    UNIT_VIEW,
    /** Create, edit and move units below her own unit. */
    UNIT_MANAGE,
    /** Create users in her scope, disable them, reset their passwords. */
    USER_MANAGE,
    /** Change the business records of her scope (later features). */
    RECORD_EDIT,
    /** Give the district administrator role. */
    ROLE_DISTRICT_ADMIN_GRANT
}
