package org.jinguo.platform.security;

/**
 * What a user may do. Roles grant permissions with a {@link Reach}; services check permissions (and
 * reach, for a given record's unit), never role names. Labels: {@code permission.<NAME>}.
 */
public enum Permission {
    /** See the units. */
    UNIT_VIEW,
    /** Create, edit and move units. */
    UNIT_MANAGE,
    /** Create users, disable them, reset their passwords. */
    USER_MANAGE,
    /** Give the district administrator role. */
    ROLE_DISTRICT_ADMIN_GRANT,
    /** Read the business records (people, and later volunteers, organisations, cases). */
    RECORD_VIEW,
    /** Create and change the business records. */
    RECORD_EDIT,
    /** Merge two records of the same person, keeping every link. */
    PERSON_MERGE,
    /** See sensitive fields (ID-card number, phone, address) unmasked; every display is audited. */
    SENSITIVE_VIEW,
    /** Export lists to spreadsheets; every export is audited. */
    EXPORT,
    /** Read the audit trail. */
    AUDIT_VIEW,
    /** Send notices and polls to the executive members of a subtree (reading them back needs RECORD_VIEW). */
    NOTICE_SEND,
    /** Receive, read and answer the notices and polls sent to her as an executive member. */
    NOTICE_RECEIVE,
    /** Set the criteria and weights of the incubation base's admission assessment (the base's, not a unit's). */
    CRITERIA_MANAGE,
    /** Keep the Jinguo Bridge's service menu and the service levels of its lines (the district's, not a unit's). */
    SERVICE_MENU_MANAGE,
    /** A provider organisation's own desk of the Bridge: the orders dispatched to it, taken, declined, reported done. */
    PROVIDER_DESK,
    /** Work on the children's cases she is on the team of as caseworker: the file, the identity (each view with a reason), the plan. */
    CHILD_CASE_WORK,
    /** Supervise every children's case of her reach: approve or return plans and closures, put together a case's team. */
    CHILD_CASE_SUPERVISE,
    /** A counsellor's sessions and notes on the children's cases she is on the team of (never their identity). */
    CHILD_SESSIONS,
    /** The children's care project's figures: counts by category, risk and stage, sessions, never a file or an identity. */
    CHILD_FIGURES,
    /**
     * Read and write the legal consultation records of her reach (the legal line's officers). A record flagged for
     * domestic violence only when she recorded it or its flag names her.
     */
    LEGAL_RECORDS,
    /** Her own volunteer portal: her activities, sign-up and cancelling, hours, certificate, QR check-in. */
    VOLUNTEER_SELF
}
