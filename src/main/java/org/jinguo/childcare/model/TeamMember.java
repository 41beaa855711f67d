package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A user on a case's team, and what she does on it. */
@Embeddable
public class TeamMember {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 16)
    private TeamRole role;

    protected TeamMember() {
    }

    public TeamMember(long userId, TeamRole role) {
        this.userId = userId;
        this.role = Objects.requireNonNull(role);
    }

    public long userId() {
        return userId;
    }

    public TeamRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamMember m && m.userId == userId && m.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, role);
    }

    @Override
    public String toString() {
        return userId + ":" + role;
    }
}
