package org.jinguo.platform.security;

import static org.jinguo.platform.security.Permission.AUDIT_VIEW;
import static org.jinguo.platform.security.Permission.CHILD_CASE_WORK;
import static org.jinguo.platform.security.Permission.CHILD_CASE_SUPERVISE;
import static org.jinguo.platform.security.Permission.CHILD_SESSIONS;
import static org.jinguo.platform.security.Permission.CHILD_FIGURES;
import static org.jinguo.platform.security.Permission.CRITERIA_MANAGE;
import static org.jinguo.platform.security.Permission.EXPORT;
import static org.jinguo.platform.security.Permission.LEGAL_RECORDS;
import static org.jinguo.platform.security.Permission.NOTICE_RECEIVE;
import static org.jinguo.platform.security.Permission.NOTICE_SEND;
import static org.jinguo.platform.security.Permission.PERSON_MERGE;
import static org.jinguo.platform.security.Permission.PROVIDER_DESK;
import static org.jinguo.platform.security.Permission.RECORD_EDIT;
import static org.jinguo.platform.security.Permission.RECORD_VIEW;
import static org.jinguo.platform.security.Permission.ROLE_DISTRICT_ADMIN_GRANT;
import static org.jinguo.platform.security.Permission.SENSITIVE_VIEW;
import static org.jinguo.platform.security.Permission.SERVICE_MENU_MANAGE;
import static org.jinguo.platform.security.Permission.UNIT_MANAGE;
import static org.jinguo.platform.security.Permission.UNIT_VIEW;
import static org.jinguo.platform.security.Permission.USER_MANAGE;
import static org.jinguo.platform.security.Permission.VOLUNTEER_SELF;
import static org.jinguo.platform.security.Reach.BELOW;
import static org.jinguo.platform.security.Reach.OWN_UNIT;
import static org.jinguo.platform.security.Reach.SUBTREE;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The permission matrix, in one place: each role grants permissions, each with a {@link Reach} from
 * the user's own unit. Records outside a user's unit and the units below it are never even read (see
 * {@code DataScope}); the reach narrows that further per action. Labels: {@code role.<NAME>}.
 *
 * <p>Separation of duties (GB/T 22239 level 3): administrators do not read the audit trail, and the
 * auditor changes nothing.
 */
public enum Role {
    /** 区妇联管理员: manages the whole district (her unit is the district federation). */
    DISTRICT_ADMIN(grants(UNIT_VIEW, SUBTREE, UNIT_MANAGE, SUBTREE, USER_MANAGE, SUBTREE,
            ROLE_DISTRICT_ADMIN_GRANT, SUBTREE, RECORD_VIEW, SUBTREE, RECORD_EDIT, SUBTREE,
            PERSON_MERGE, SUBTREE, SENSITIVE_VIEW, SUBTREE, EXPORT, SUBTREE, NOTICE_SEND, SUBTREE,
            CRITERIA_MANAGE, SUBTREE, SERVICE_MENU_MANAGE, SUBTREE, CHILD_FIGURES, SUBTREE)),
    /** 单位管理员: manages the units below her own, and the users of her unit and below. */
    UNIT_ADMIN(grants(UNIT_VIEW, SUBTREE, UNIT_MANAGE, BELOW, USER_MANAGE, SUBTREE,
            RECORD_VIEW, SUBTREE, RECORD_EDIT, SUBTREE, PERSON_MERGE, SUBTREE, SENSITIVE_VIEW, SUBTREE,
            EXPORT, SUBTREE, NOTICE_SEND, SUBTREE, CHILD_FIGURES, SUBTREE)),
    /** 工作人员: works on the business records of her unit and below. */
    STAFF(grants(UNIT_VIEW, SUBTREE, RECORD_VIEW, SUBTREE, RECORD_EDIT, SUBTREE, SENSITIVE_VIEW, SUBTREE,
            EXPORT, SUBTREE, NOTICE_SEND, SUBTREE)),
    /** 只读用户: reads, with sensitive fields masked; changes and exports nothing. */
    READ_ONLY(grants(UNIT_VIEW, SUBTREE, RECORD_VIEW, SUBTREE)),
    /** 审计员: reads and exports the audit trail of her unit and below; changes no data. */
    AUDITOR(grants(UNIT_VIEW, SUBTREE, AUDIT_VIEW, SUBTREE, EXPORT, SUBTREE)),
    /**
     * 执委: an executive member of a federation, signed in to the small portal where she reads and answers
     * the notices and polls sent to her; she sees nothing else. Her account is linked to her person record.
     */
    EXECUTIVE_MEMBER(grants(NOTICE_RECEIVE, OWN_UNIT)),
    /**
     * 志愿者: a volunteer signed in to her own portal (activities, sign-up, hours, certificate); she sees
     * nothing else. Her account is linked to her person record, and through it to her volunteer record.
     */
    VOLUNTEER(grants(VOLUNTEER_SELF, OWN_UNIT)),
    /**
     * 服务方: a provider of the Jinguo Bridge that is an organisation (a social organisation, a contracted provider, a
     * partner institution such as a court), signed in to its desk, where it sees only the orders dispatched to it. Its
     * account is linked to its provider record and opened from the providers' page, not the users' page.
     */
    PROVIDER(grants(PROVIDER_DESK, OWN_UNIT)),
    /**
     * 儿童社工: a caseworker of the children's care project. She opens only the cases she is on the team of (not every
     * case of her unit), shows a child's identity only with a reason, and sees the project's figures.
     */
    CASEWORKER(grants(UNIT_VIEW, SUBTREE, CHILD_CASE_WORK, SUBTREE, CHILD_FIGURES, SUBTREE)),
    /**
     * 个案督导: supervises every children's case of her unit and below: approvals, teams, identities with a reason; exports
     * the case list (pseudonyms only) and the figures.
     */
    CASE_SUPERVISOR(grants(UNIT_VIEW, SUBTREE, CHILD_CASE_SUPERVISE, SUBTREE, CHILD_FIGURES, SUBTREE, EXPORT, SUBTREE)),
    /**
     * 心理咨询师: a counsellor of a provider organisation the project buys counselling from. She sees the cases she is on
     * the team of, their sessions and her notes, by pseudonym; nothing else, never an identity.
     */
    COUNSELLOR(grants(CHILD_SESSIONS, SUBTREE)),
    /**
     * 维权工作人员: an officer of the legal-rights line (依法维权之桥). Like staff she books the legal sessions' slots and
     * reads the people of her reach; she alone reads and writes the consultation records (sensitive fields stay
     * masked, nothing is exported), a record flagged for domestic violence only when its flag names her.
     */
    LEGAL_OFFICER(grants(UNIT_VIEW, SUBTREE, RECORD_VIEW, SUBTREE, RECORD_EDIT, SUBTREE, LEGAL_RECORDS, SUBTREE));

    /** The role names the web container knows (for {@code @DeclareRoles} and {@code isUserInRole}). */
    public static final String[] NAMES = {"DISTRICT_ADMIN", "UNIT_ADMIN", "STAFF", "READ_ONLY", "AUDITOR", "EXECUTIVE_MEMBER", "VOLUNTEER", "PROVIDER", "CASEWORKER",
            "CASE_SUPERVISOR", "COUNSELLOR", "LEGAL_OFFICER"};

    private final Map<Permission, Reach> grants;

    Role(Map<Permission, Reach> grants) {
        this.grants = grants;
    }

    /** Whether an account with this role stands for one person of the registry (and is linked to her record). */
    public boolean isPersonal() {
        return this == EXECUTIVE_MEMBER || this == VOLUNTEER;
    }

    public boolean grants(Permission permission) {
        return grants.containsKey(permission);
    }

    /** How far this role's grant of {@code permission} reaches, if it grants it. */
    public Optional<Reach> reach(Permission permission) {
        return Optional.ofNullable(grants.get(permission));
    }

    public static boolean anyGrants(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    /** Whether any of {@code roles} lets a user of the unit at {@code ownPath} do it at {@code targetPath}. */
    public static boolean anyReaches(Collection<Role> roles, Permission permission, String ownPath, String targetPath) {
        return roles.stream().anyMatch(role -> role.reach(permission)
                .map(reach -> reach.reaches(ownPath, targetPath)).orElse(false));
    }

    private static Map<Permission, Reach> grants(Object... pairs) {
        Map<Permission, Reach> grants = new EnumMap<>(Permission.class);
        for (int i = 0; i < pairs.length; i += 2) {
            grants.put((Permission) pairs[i], (Reach) pairs[i + 1]);
        }
        return grants;
    }
}
