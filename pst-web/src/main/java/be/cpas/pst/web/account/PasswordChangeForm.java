package be.cpas.pst.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password change of "mon compte". */
public class PasswordChangeForm {

    @NotBlank(message = "{password.currentWrong}")
    private String currentPassword;

    @NotBlank(message = "{password.tooShort}")
    @Size(max = 200, message = "{form.tooLong}")
    private String newPassword;

    private String confirmation;

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
