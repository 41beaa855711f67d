package org.jinguo.person.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.PersonTag;

/**
 * What the person form edits. The ID-card number is never sent back to the form: {@code idCard} is a
 * new number to store (blank keeps the stored one), {@code idCardMasked} shows which one is stored.
 * {@code version} is the version the form was loaded from.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull(message = "{jinguo.person.unit.required}")
    private Long unitId;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;

    private Gender gender;

    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate birthDate;

    @Size(max = 18, message = "{jinguo.size.max}")
    private String idCard;

    private String idCardMasked;

    @Size(max = 30, message = "{jinguo.size.max}")
    @Pattern(regexp = "^[0-9+() -]*$", message = "{jinguo.phone.pattern}")
    private String phone;

    @Size(max = 255, message = "{jinguo.size.max}")
    private String address;

    private Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getIdCard() {
        return idCard;
    }

    public void setIdCard(String idCard) {
        this.idCard = idCard;
    }

    public String getIdCardMasked() {
        return idCardMasked;
    }

    public void setIdCardMasked(String idCardMasked) {
        this.idCardMasked = idCardMasked;
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

    public Set<PersonTag> getTags() {
        return tags;
    }

    public void setTags(Set<PersonTag> tags) {
        this.tags = tags == null || tags.isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(tags);
    }
}
