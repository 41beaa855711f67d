package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.security.OwnPassword;

/** Changing one's own password (also the page a user is sent to when she must change it). */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    OwnPassword ownPassword;

    @NotBlank(message = "{jinguo.required}")
    private String currentPassword;

    @NotBlank(message = "{jinguo.required}")
    private String newPassword;

    @NotBlank(message = "{jinguo.required}")
    private String confirmation;

    public String change() {
        return UiActions.attempt("passwordForm", () -> {
            if (!newPassword.equals(confirmation)) {
                throw new BusinessRuleException("password.confirmationDiffers", "confirmation");
            }
            ownPassword.change(currentPassword, newPassword);
            UiActions.info("password.changed");
            return "/index.xhtml?faces-redirect=true";
        });
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
