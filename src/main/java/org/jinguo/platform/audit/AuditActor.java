package org.jinguo.platform.audit;

/**
 * Who did what an entry records: a user name, her unit and the address she connected from. Work done
 * by the platform itself (start-up data, scheduled jobs) is done by {@link #SYSTEM}.
 */
public record AuditActor(String username, Long unitId, String address) {

    public static final AuditActor SYSTEM = new AuditActor("system", null, null);
}
