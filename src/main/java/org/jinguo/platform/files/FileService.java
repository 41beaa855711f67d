package org.jinguo.platform.files;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.scope.Unit;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/** Reads an attachment back for download, under the reader's scope: a file of another unit is as good as missing. */
@Stateless
@ScopedToCaller
public class FileService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A file ready to send. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    public Download download(long id) {
        currentCaller.require(Permission.RECORD_VIEW);
        StoredFile file = Scoped.byId(em, StoredFile.class, id);
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /**
     * Stores checked uploads for a record of {@code owner}, in the caller's transaction; at most
     * {@link Upload#MAX_FILES}.
     */
    public static List<StoredFile> store(EntityManager em, List<Upload> uploads, Unit owner, String uploadedBy) {
        if (uploads.size() > Upload.MAX_FILES) {
            throw new BusinessRuleException("file.tooMany", "files", Upload.MAX_FILES);
        }
        List<StoredFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            StoredFile file = new StoredFile(upload, uploadedBy);
            file.assignTo(owner);
            em.persist(file);
            files.add(file);
        }
        return files;
    }
}
