package org.jinguo.person.model;

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
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.audit.AuditMasked;
import org.jinguo.platform.persistence.NameGrams;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A person in the registry. The ID-card number is held only encrypted, with its keyed hash and
 * masked form beside it (set together by {@link #setIdCard}); phone and address are plain in the
 * database and masked on the way out. The audit trail records that they changed, never their values.
 */
@Entity
@Table(name = "person")
public class Person extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "person_ids")
    @TableGenerator(name = "person_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "person", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @AuditMasked
    @Column(name = "id_card_cipher", length = 128)
    private String idCardCipher;

    @AuditIgnored
    @Column(name = "id_card_hash", length = 64)
    private String idCardHash;

    @AuditIgnored
    @Column(name = "id_card_masked", length = 18)
    private String idCardMasked;

    @AuditMasked
    @Column(name = "phone", length = 30)
    private String phone;

    @AuditMasked
    @Column(name = "address", length = 255)
    private String address;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tag", nullable = false, length = 32)
    private Set<PersonTag> tags = new HashSet<>();

    /** Her name's pieces, by which a name search finds her ({@link NameGrams}); set with the name, never read. */
    @AuditIgnored
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_name_gram", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "gram", nullable = false, length = 8)
    private Set<String> nameGrams = new HashSet<>();

    protected Person() {
    }

    public Person(String name) {
        setName(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        if (name != null && name.equals(this.name)) {
            return;
        }
        this.name = name;
        Set<String> grams = NameGrams.of(name);
        nameGrams.retainAll(grams);
        nameGrams.addAll(grams);
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdCardCipher() {
        return idCardCipher;
    }

    public String getIdCardHash() {
        return idCardHash;
    }

    public String getIdCardMasked() {
        return idCardMasked;
    }

    /** Sets the encrypted number, its search hash and its masked form together (all {@code null} to clear). */
    public void setIdCard(String cipherText, String searchHash, String masked) {
        this.idCardCipher = cipherText;
        this.idCardHash = searchHash;
        this.idCardMasked = masked;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** Merging a duplicate: takes her tags, and every field this record lacks. */
    public void takeOverMissing(Person duplicate) {
        if (gender == null) {
            gender = duplicate.gender;
        }
        if (birthDate == null) {
            birthDate = duplicate.birthDate;
        }
        if (idCardCipher == null) {
            setIdCard(duplicate.idCardCipher, duplicate.idCardHash, duplicate.idCardMasked);
        }
        if (phone == null) {
            phone = duplicate.phone;
        }
        if (address == null) {
            address = duplicate.address;
        }
        tags.addAll(duplicate.tags);
    }

    public Set<PersonTag> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public void setTags(Set<PersonTag> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }
}
