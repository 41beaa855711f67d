package org.jinguo.volunteer.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.web.Texts;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.service.Certificate;

/** The choices the volunteer pages offer, labelled in the user's language: skills, bridges, weekly slots. */
@Named("volunteerChoices")
@ApplicationScoped
public class Choices {

    public Skill[] getSkills() {
        return Skill.values();
    }

    public ServiceLine[] getLines() {
        return ServiceLine.values();
    }

    /** The 21 slots of the week (Monday morning … Sunday evening) as {@code MONDAY_MORNING} keys. */
    public List<SelectItem> getSlots() {
        List<SelectItem> items = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (DayPart part : DayPart.values()) {
                items.add(new SelectItem(new Slot(day, part).key(), label(day, part)));
            }
        }
        return items;
    }

    /** A slot key in words: {@code SATURDAY_MORNING} → 星期六上午. */
    public String slot(String key) {
        Slot slot = Slot.ofKey(key);
        return label(slot.getDay(), slot.getPart());
    }

    /** Minutes as hours with at most one decimal, grouped like every other figure on a page: 3,354 or 141.5. */
    public String hours(long minutes) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.currentLocale());
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(true);
        return format.format(Certificate.hoursNumber(minutes));
    }

    /** A slot in the user's language: 星期六上午, Saturday morning. */
    static String label(DayOfWeek day, DayPart part) {
        return Texts.get("volunteer.slot", Texts.get("weekday." + day), Texts.get("dayPart." + part));
    }
}
