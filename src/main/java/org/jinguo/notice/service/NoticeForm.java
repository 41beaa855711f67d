package org.jinguo.notice.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.notice.model.NoticeKind;

/** A notice or poll being written: to the executive members of {@code audienceUnitId} and the units below it. */
public class NoticeForm implements Serializable {

    public static final int MAX_OPTIONS = 10;

    @NotNull(message = "{jinguo.required}")
    private NoticeKind kind = NoticeKind.NOTICE;

    @NotNull(message = "{jinguo.required}")
    private Long audienceUnitId;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String title;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 4000, message = "{jinguo.size.max}")
    private String body;

    /** The last day a poll takes answers. */
    private LocalDate closesOn;

    @Size(max = MAX_OPTIONS, message = "{jinguo.notice.options.max}")
    private List<@Valid Option> options = new ArrayList<>();

    /** One answer a poll offers. */
    public static class Option implements Serializable {

        @Size(max = 200, message = "{jinguo.size.max}")
        private String label;

        public Option() {
        }

        public Option(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public Long getAudienceUnitId() {
        return audienceUnitId;
    }

    public void setAudienceUnitId(Long audienceUnitId) {
        this.audienceUnitId = audienceUnitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public List<Option> getOptions() {
        return options;
    }

    public void setOptions(List<Option> options) {
        this.options = options == null ? new ArrayList<>() : options;
    }

    /** The options she filled in, trimmed; empty rows left out. */
    public List<String> filledOptions() {
        return options.stream().map(Option::getLabel).filter(l -> l != null && !l.isBlank()).map(String::trim).toList();
    }
}
