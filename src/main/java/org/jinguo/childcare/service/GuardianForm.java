package org.jinguo.childcare.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.childcare.model.GuardianRelation;

/** One guardian as the form takes her; a row without a name is left out. */
public class GuardianForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private GuardianRelation relation;
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @Size(max = 30, message = "{jinguo.size.max}")
    @Pattern(regexp = "^[0-9+() -]*$", message = "{jinguo.phone.pattern}")
    private String phone;

    public GuardianForm() {
    }

    public GuardianForm(GuardianRelation relation, String name, String phone) {
        this.relation = relation;
        this.name = name;
        this.phone = phone;
    }

    public boolean isBlank() {
        return name == null || name.isBlank();
    }

    public GuardianRelation getRelation() {
        return relation;
    }

    public void setRelation(GuardianRelation relation) {
        this.relation = relation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
