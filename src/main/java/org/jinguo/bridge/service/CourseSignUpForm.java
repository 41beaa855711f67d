package org.jinguo.bridge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A woman enrolling herself on a course on the public page (我要报名): who she is and where she lives. */
public class CourseSignUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long courseId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    @Pattern(regexp = "1\\d{10}", message = "{volunteer.phone.invalid}")
    private String phone;
    @NotNull(message = "{jinguo.required}")
    private Long communityId;

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
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

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }
}
