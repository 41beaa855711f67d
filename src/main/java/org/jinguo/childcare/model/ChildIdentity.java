package org.jinguo.childcare.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.audit.AuditMasked;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * Who the child of a case really is, kept apart from the case and encrypted value by value with the application's
 * key: her name, ID-card number, birth date, address, school and guardians. The name and the ID-card number carry
 * keyed hashes too, so that a searcher who may see identities finds her by exact value without decrypting a row.
 * Nothing reads it but the case service, after checking that the reader is on the case's team or supervises it; the
 * audit trail records that a field changed, never its value.
 */
@Entity
@Table(name = "child_identity")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ChildIdentity extends BaseEntity {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @AuditMasked
    @Column(name = "name_cipher", nullable = false, length = 200)
    private String nameCipher;

    @AuditIgnored
    @Column(name = "name_hash", nullable = false, length = 64)
    private String nameHash;

    @AuditMasked
    @Column(name = "id_card_cipher", length = 128)
    private String idCardCipher;

    @AuditIgnored
    @Column(name = "id_card_hash", length = 64)
    private String idCardHash;

    @AuditMasked
    @Column(name = "birth_date_cipher", nullable = false, length = 100)
    private String birthDateCipher;

    @AuditMasked
    @Column(name = "address_cipher", length = 800)
    private String addressCipher;

    @AuditMasked
    @Column(name = "school_cipher", length = 400)
    private String schoolCipher;

    @AuditMasked
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_guardian", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Guardian> guardians = new ArrayList<>();

    protected ChildIdentity() {
    }

    public ChildIdentity(long caseId) {
        this.caseId = caseId;
    }

    @Override
    public Long getId() {
        return caseId;
    }

    public void setName(String cipher, String hash) {
        this.nameCipher = cipher;
        this.nameHash = hash;
    }

    public void setIdCard(String cipher, String hash) {
        this.idCardCipher = cipher;
        this.idCardHash = hash;
    }

    public String getNameCipher() {
        return nameCipher;
    }

    public String getNameHash() {
        return nameHash;
    }

    public String getIdCardCipher() {
        return idCardCipher;
    }

    public String getIdCardHash() {
        return idCardHash;
    }

    public String getBirthDateCipher() {
        return birthDateCipher;
    }

    public void setBirthDateCipher(String birthDateCipher) {
        this.birthDateCipher = birthDateCipher;
    }

    public String getAddressCipher() {
        return addressCipher;
    }

    public void setAddressCipher(String addressCipher) {
        this.addressCipher = addressCipher;
    }

    public String getSchoolCipher() {
        return schoolCipher;
    }

    public void setSchoolCipher(String schoolCipher) {
        this.schoolCipher = schoolCipher;
    }

    public List<Guardian> getGuardians() {
        return Collections.unmodifiableList(guardians);
    }

    public void setGuardians(List<Guardian> guardians) {
        this.guardians.clear();
        this.guardians.addAll(guardians);
    }
}
