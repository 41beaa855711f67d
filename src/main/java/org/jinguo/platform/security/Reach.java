package org.jinguo.platform.security;

/**
 * How far a granted permission reaches from the user's own unit. A user of the district federation
 * with {@link #SUBTREE} reaches the whole district. Labels: {@code reach.<NAME>}.
 */
public enum Reach {
    /** Only her own unit. */
    OWN_UNIT,
    /** The units below her own unit, not her own. */
    BELOW,
    /** Her own unit and every unit below it. */
    SUBTREE;

    /** Whether a user of the unit at {@code ownPath} reaches the unit at {@code targetPath}. */
    public boolean reaches(String ownPath, String targetPath) {
        if (ownPath == null || targetPath == null) {
            return false;
        }
        return switch (this) {
            case OWN_UNIT -> targetPath.equals(ownPath);
            case BELOW -> targetPath.startsWith(ownPath) && !targetPath.equals(ownPath);
            case SUBTREE -> targetPath.startsWith(ownPath);
        };
    }
}
