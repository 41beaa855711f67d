package org.jinguo.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.export.ImportSheet.CheckedRow;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.SpreadsheetReader;
import org.primefaces.model.file.UploadedFile;

/**
 * What every Excel import page does: take the uploaded file (refusing an empty or too large one at the field),
 * show the check of every row, and keep the file in the view for the import, which checks it again. The
 * upload field is {@code importForm:file}.
 */
public abstract class ImportPage<R extends CheckedRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile upload;
    private byte[] file;
    private Preview<R> preview;

    /** The service's check of the file; writes nothing. */
    protected abstract Preview<R> preview(byte[] file);

    public void check() {
        preview = null;
        if (upload == null || upload.getSize() == 0) {
            refuse("import.file.empty");
            return;
        }
        if (upload.getSize() > SpreadsheetReader.MAX_BYTES) {
            refuse("import.file.tooBig");
            return;
        }
        file = upload.getContent();
        UiActions.attempt("importForm", () -> {
            preview = preview(file);
        });
    }

    private static void refuse(String messageKey) {
        UiActions.show("importForm", new BusinessRuleException(messageKey, "file"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void again() {
        preview = null;
        file = null;
    }

    /** The file checked, for the import. */
    protected byte[] file() {
        return file;
    }

    public String getImportLabel() {
        return preview == null ? "" : Texts.get("import.valid", preview.validCount());
    }

    public List<Problem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public Preview<R> getPreview() {
        return preview;
    }
}
