package org.jinguo.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.primefaces.component.schedule.Schedule;
import org.primefaces.component.schedule.ScheduleRenderer;

/**
 * PrimeFaces' calendar, taking back only a view's name from the request. The stock renderer keeps whatever the
 * {@code _view} field of a postback holds as the calendar's view and writes it into the page's script unescaped, so a
 * hand-made request could close the script and open its own (found by HostileRequestsIT). A view is a word of
 * FullCalendar's ({@code dayGridMonth}, {@code listMonth} …); anything else is dropped and the view stays as it was.
 * Registered in faces-config.xml for every {@code p:schedule}.
 */
public class SafeScheduleRenderer extends ScheduleRenderer {

    private static final Pattern VIEW = Pattern.compile("[A-Za-z]{1,30}");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        Schedule schedule = (Schedule) component;
        String before = schedule.getView();
        super.decode(context, component);
        String after = schedule.getView();
        if (after != null && !VIEW.matcher(after).matches()) {
            schedule.setView(before);
        }
    }
}
