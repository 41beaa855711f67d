package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A guardian of the child: her relation in the clear, her name and phone encrypted. */
@Embeddable
public class Guardian {

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 16)
    private GuardianRelation relation;

    @Column(name = "name_cipher", nullable = false, length = 200)
    private String nameCipher;

    @Column(name = "phone_cipher", length = 100)
    private String phoneCipher;

    protected Guardian() {
    }

    public Guardian(GuardianRelation relation, String nameCipher, String phoneCipher) {
        this.relation = Objects.requireNonNull(relation);
        this.nameCipher = Objects.requireNonNull(nameCipher);
        this.phoneCipher = phoneCipher;
    }

    public GuardianRelation relation() {
        return relation;
    }

    public String nameCipher() {
        return nameCipher;
    }

    public String phoneCipher() {
        return phoneCipher;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guardian g && g.relation == relation && g.nameCipher.equals(nameCipher)
                && Objects.equals(g.phoneCipher, phoneCipher);
    }

    @Override
    public int hashCode() {
        return Objects.hash(relation, nameCipher, phoneCipher);
    }
}
