package org.jinguo.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.audit.AuditMasked;
import org.jinguo.platform.scope.UnitOwned;

/** A person who signs in. Belongs to one unit (her data scope) and holds roles. */
@Entity
@Table(name = "app_user")
public class UserAccount extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "app_user_ids")
    @TableGenerator(name = "app_user_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "app_user", allocationSize = 20)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @AuditMasked
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @AuditIgnored
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @AuditIgnored
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @AuditIgnored
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @AuditIgnored
    @Column(name = "last_sign_in_from", length = 64)
    private String lastSignInFrom;

    @AuditIgnored
    @Column(name = "previous_sign_in_at")
    private Instant previousSignInAt;

    @AuditIgnored
    @Column(name = "previous_sign_in_from", length = 64)
    private String previousSignInFrom;

    /** The person record of an executive member's account (her notices are sent to this person). */
    @Column(name = "person_id")
    private Long personId;

    /** The Bridge provider a provider's account signs in for (role PROVIDER); null for every other account. */
    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Where her notifications go by mail, if she chose mail for any kind; set by herself. */
    @Column(name = "email", length = 200)
    private String email;

    /** Where her notifications go by SMS, if she chose SMS for any kind; set by herself. Masked in the audit trail. */
    @org.jinguo.platform.audit.AuditMasked
    @Column(name = "mobile", length = 20)
    private String mobile;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 32)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.passwordChangedAt = Instant.now();
    }

    /** Records a successful sign-in at {@code at} from the address {@code from}; the last one becomes the previous. */
    public void signedIn(Instant at, String from) {
        previousSignInAt = lastSignInAt;
        previousSignInFrom = lastSignInFrom;
        lastSignInAt = at;
        lastSignInFrom = from;
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** Counts a wrong password; the {@code maxAttempts}-th in a row locks the account for {@code lockFor}. */
    public void signInFailed(Instant at, int maxAttempts, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= maxAttempts) {
            lockedUntil = at.plus(lockFor);
            failedSignIns = 0;
        }
    }

    /** Lifts a lock after too many wrong passwords (someone who may has given her a new password). */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** Whether the account refuses every password at {@code at}. */
    public boolean lockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void changePassword(String newHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
        this.passwordChangedAt = Instant.now();
    }

    /** Whether the password is older than {@code maxAge} at {@code at}; a zero age means passwords never expire. */
    public boolean passwordExpiredAt(Instant at, Duration maxAge) {
        Instant changed = passwordChangedAt != null ? passwordChangedAt : getCreatedAt();
        return !maxAge.isZero() && changed != null && !at.isBefore(changed.plus(maxAge));
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    /** Her own addresses for notifications outside the app (either may be empty). */
    public void setContact(String email, String mobile) {
        this.email = email;
        this.mobile = mobile;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Instant getPreviousSignInAt() {
        return previousSignInAt;
    }

    public String getPreviousSignInFrom() {
        return previousSignInFrom;
    }

    /** The account as the services see the signed-in user; the password must change when told so or expired. */
    public Caller toCaller(Instant now, Duration passwordMaxAge) {
        return new Caller(id, username, displayName, getUnit().getId(), getUnit().getName(), getUnitPath(),
                getRoles(), mustChangePassword || passwordExpiredAt(now, passwordMaxAge),
                previousSignInAt, previousSignInFrom);
    }

    public Long getPersonId() {
        return personId;
    }

    public void linkTo(Long personId) {
        this.personId = personId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void actFor(Long providerId) {
        this.providerId = providerId;
    }
}
