package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.service.CourseForm;
import org.jinguo.bridge.service.CourseService;
import org.jinguo.bridge.service.CourseService.TrainerChoice;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** A course entered or changed by staff (新建课程 / 编辑课程); an order number of the Bridge links it to a community's order. */
@Named
@ViewScoped
public class CourseEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;

    private String id;
    private String orderNo;
    private CourseForm form;
    private UnitRow unit;
    private List<TrainerChoice> trainers;

    public void load() throws IOException {
        UiActions.load(() -> {
            if (id == null || id.isBlank()) {
                form = new CourseForm();
                form.setOrderNo(orderNo);
            } else {
                form = courses.editForm(Long.parseLong(id));
            }
            trainers = courses.trainers();
        });
    }

    /** Saves and goes to the course; stays, with the reasons, when something was refused. */
    public String save() {
        if (form.getId() == null) {
            form.setUnitId(unit == null ? currentCaller.require().unitId() : unit.id());
        }
        Long saved = UiActions.attempt("courseForm", () -> {
            if (form.getId() == null) {
                return courses.create(form);
            }
            courses.update(form).forEach(name -> UiActions.info("course.movedUp", name));
            return form.getId();
        });
        if (saved == null) {
            return null;
        }
        UiActions.info("course.saved", form.getTitle());
        return "/bridge/course?faces-redirect=true&id=" + saved;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public org.jinguo.bridge.model.CourseKind[] getKinds() {
        return org.jinguo.bridge.model.CourseKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public CourseForm getForm() {
        return form;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public List<TrainerChoice> getTrainers() {
        return trainers;
    }
}
