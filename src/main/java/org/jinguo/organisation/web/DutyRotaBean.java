package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import org.jinguo.organisation.service.DutyService;
import org.jinguo.platform.web.UiActions;

/** The weekly on-duty rota of the mechanisms page (挂牌上岗): who is at which post on which weekday. */
@Named
@ViewScoped
public class DutyRotaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MechanismsBean mechanisms;
    @Inject
    DutyService duty;

    private DutyService.ShiftForm shiftForm;
    private List<DutyService.ShiftRow> week;

    public void prepareShift() {
        shiftForm = new DutyService.ShiftForm();
        shiftForm.setUnitId(mechanisms.unitId());
    }

    public void addShift() {
        UiActions.attempt("shiftForm", () -> {
            duty.addShift(getShiftForm());
            UiActions.info("duty.added");
            week = duty.week(mechanisms.unitId());
            DayOfWeek day = shiftForm.getDay();
            prepareShift();
            shiftForm.setDay(day);
        });
    }

    public void removeShift(DutyService.ShiftRow shift) {
        UiActions.attempt(null, () -> {
            duty.removeShift(shift.id());
            week = duty.week(mechanisms.unitId());
        });
    }

    /** The shifts of one day of the week. */
    public List<DutyService.ShiftRow> shiftsOn(DayOfWeek day) {
        if (week == null) {
            week = duty.week(mechanisms.unitId());
        }
        return week.stream().filter(s -> s.day() == day).toList();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public DutyService.ShiftForm getShiftForm() {
        if (shiftForm == null) {
            prepareShift();
        }
        return shiftForm;
    }
}
