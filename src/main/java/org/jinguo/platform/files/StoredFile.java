package org.jinguo.platform.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.jinguo.platform.scope.UnitOwned;

/**
 * An uploaded file (evidence of a delivery, a document of an incubation step), kept in the database. It
 * belongs to the unit of the record it documents, so it is read under the same scope; its content is
 * only loaded when it is downloaded.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "stored_file_ids")
    @TableGenerator(name = "stored_file_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "stored_file", allocationSize = 20)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;

    protected StoredFile() {
    }

    public StoredFile(Upload upload, String uploadedBy) {
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.content = upload.content();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    /** What a list of attachments shows. */
    public FileRow row() {
        return new FileRow(id, fileName, size);
    }
}
